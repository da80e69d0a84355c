namespace Bot.Discord.Protocol;
