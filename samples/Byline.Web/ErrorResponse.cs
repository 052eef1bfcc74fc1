namespace Byline.Web;

/// <summary>The JSON body of every error response: <c>{"status": 400, "error": "..."}</c>.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Error">What was wrong, in words a user can act on.</param>
public sealed record ErrorResponse(int Status, string Error)
{
    /// <summary>The error as a JSON result with its status code.</summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="error">What was wrong.</param>
    /// <returns>The result.</returns>
    public static IResult Result(int status, string error) => Results.Json(new ErrorResponse(status, error), statusCode: status);
}
