using Vigil.Server.Hosting;

return await ServerCommand.RunAsync(args);

/// <summary>Entry point; exposed so tests can locate the server assembly.</summary>
public partial class Program;
