// Unit names and errors are Vietnamese; a Windows console otherwise uses its OEM code page and mangles them.
Console.OutputEncoding = System.Text.Encoding.UTF8;

// Hunting can write many lines: a buffered writer instead of the console's flush-per-write one.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16);
var exitCode = Vigil.Cli.CliApplication.Run(args, Console.In, stdout, Console.Error, Console.OpenStandardInput, !Console.IsErrorRedirected);
stdout.Flush();
return exitCode;
