namespace Bot.Slack.Protocol;
