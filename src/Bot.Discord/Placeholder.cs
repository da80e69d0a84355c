namespace Bot.Discord;
