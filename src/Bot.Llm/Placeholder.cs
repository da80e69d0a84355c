namespace Bot.Llm;
