// Unit names and errors are Vietnamese; a Windows console otherwise uses its OEM code page and mangles them.
Console.OutputEncoding = System.Text.Encoding.UTF8;
return Vigil.Cli.CliApplication.Run(args, Console.In, Console.Out, Console.Error);
