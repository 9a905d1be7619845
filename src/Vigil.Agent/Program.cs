return await Vigil.Agent.AgentApplication.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
