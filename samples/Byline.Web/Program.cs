using Byline.Web;

WebApplication app = BylineWebApp.Create(args);
app.Run();

/// <summary>The entry point, public so that tests can start the app with WebApplicationFactory.</summary>
public partial class Program;
