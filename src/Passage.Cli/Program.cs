using Passage.Cli;

return await PassageCommands.RunAsync(args, Console.Out, Console.Error);
