using Passage.Cli;

return await PassageCommands.Create().Parse(args).InvokeAsync();
