Console.WriteLine("passage");
