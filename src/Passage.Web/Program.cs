using Passage.Web.Hosting;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
builder.AddPassageWeb();

var app = builder.Build();
app.UsePassageWeb();
await app.PreparePassageDatabaseAsync();
await app.RunAsync();

/// <summary>The web application; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
