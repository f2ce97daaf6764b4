using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using static SocialInsurance.Api.Tests.Security.AuthorizationMatrixTests.Answer;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>
/// Every route of <c>/openapi/v1.json</c> × every kind of caller, against the class of answer declared once per route
/// in <see cref="Routes"/>. A route in the document without a declaration fails, so a new route is covered the day
/// it appears. The callers: anonymous; applicant1, whose case (region 6502, submitted) and draft the paths name;
/// applicant2; reviewer2 (reviewers-6501, another region); reviewer1 (reviewers-65, province-wide, so of the case's
/// region); admin1. Bodies are empty JSON objects unless a route needs more to get past its own checks, so allowed
/// callers mostly get a 400 and change nothing; the few routes that do change something run on objects made for
/// them (a spare draft, a spare instance), and logout runs last.
/// </summary>
public sealed class AuthorizationMatrixTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    public enum Answer
    {
        /// <summary>Past authorization: any answer but 401, 403 and 5xx (and not 404 where another caller is "unseen").</summary>
        Allowed,
        Unauthorized,
        Forbidden,
        /// <summary>404, exactly as for something that does not exist.</summary>
        Unseen,
    }

    public enum Caller { Anonymous, Applicant, OtherApplicant, ReviewerOfOtherRegion, ReviewerOfRegion, Admin }

    public enum Body { None, Json, Xml, Upload, Login, Refresh }

    /// <summary>Answers in <see cref="Caller"/> order.</summary>
    public sealed record Expect(Answer Anonymous, Answer Applicant, Answer OtherApplicant, Answer ReviewerOfOtherRegion, Answer ReviewerOfRegion, Answer Admin)
    {
        public Answer For(Caller caller) => caller switch
        {
            Caller.Anonymous => Anonymous,
            Caller.Applicant => Applicant,
            Caller.OtherApplicant => OtherApplicant,
            Caller.ReviewerOfOtherRegion => ReviewerOfOtherRegion,
            Caller.ReviewerOfRegion => ReviewerOfRegion,
            _ => Admin,
        };

        public bool HasUnseen => new[] { Anonymous, Applicant, OtherApplicant, ReviewerOfOtherRegion, ReviewerOfRegion, Admin }.Contains(Unseen);
    }

    /// <param name="Key">Method and path exactly as the OpenAPI document has them.</param>
    /// <param name="Path">The path sent, with {case} {draft} {material} {task} {instance} {spare} {incident} filled in.</param>
    public sealed record Route(string Key, string Path, Expect Expect, Body Body = Body.Json);

    private static readonly Expect Public = new(Allowed, Allowed, Allowed, Allowed, Allowed, Allowed);
    private static readonly Expect SignedIn = new(Unauthorized, Allowed, Allowed, Allowed, Allowed, Allowed);
    private static readonly Expect Applicants = new(Unauthorized, Allowed, Allowed, Forbidden, Forbidden, Forbidden);
    private static readonly Expect OwnCase = new(Unauthorized, Allowed, Unseen, Forbidden, Forbidden, Forbidden);
    private static readonly Expect CaseFile = new(Unauthorized, Allowed, Unseen, Unseen, Allowed, Allowed);
    private static readonly Expect Reviewers = new(Unauthorized, Forbidden, Forbidden, Allowed, Allowed, Allowed);
    private static readonly Expect CaseReviewers = new(Unauthorized, Forbidden, Forbidden, Forbidden, Allowed, Allowed);
    private static readonly Expect Admins = new(Unauthorized, Forbidden, Forbidden, Forbidden, Forbidden, Allowed);
    /// <summary>Administrators and the province-wide group overdue reviews escalate to (reviewer1 is in reviewers-65).</summary>
    private static readonly Expect Supervisors = new(Unauthorized, Forbidden, Forbidden, Forbidden, Allowed, Allowed);
    private static readonly Expect BureauKeyOnly = new(Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized);

    public static readonly Route[] Routes =
    [
        new("POST /api/auth/login", "/api/auth/login", Public, Body.Login),
        new("POST /api/auth/refresh", "/api/auth/refresh", Public, Body.Refresh),
        new("GET /api/me", "/api/me", SignedIn, Body.None),
        new("GET /api/me/insurance", "/api/me/insurance", Applicants, Body.None),
        new("GET /api/me/notifications", "/api/me/notifications", Applicants, Body.None),
        new("GET /api/reference/regions", "/api/reference/regions", Public, Body.None),
        new("GET /api/reference/insurance-types", "/api/reference/insurance-types", Public, Body.None),
        new("GET /api/reference/banks", "/api/reference/banks", Public, Body.None),
        new("GET /api/reference/suspension-reasons", "/api/reference/suspension-reasons", Public, Body.None),
        new("GET /api/reference/payment-frequencies", "/api/reference/payment-frequencies", Public, Body.None),
        new("GET /api/reference/policy/{year}", "/api/reference/policy/2026", Public, Body.None),
        new("GET /api/reference/holidays/{year}", "/api/reference/holidays/2026", Public, Body.None),
        new("POST /api/applications", "/api/applications", Applicants),
        new("GET /api/applications", "/api/applications", Applicants, Body.None),
        new("GET /api/applications/{id}", "/api/applications/{case}", OwnCase, Body.None),
        new("POST /api/applications/{id}/submit", "/api/applications/{case}/submit", OwnCase, Body.None),
        new("POST /api/applications/{id}/materials", "/api/applications/{draft}/materials", OwnCase, Body.Upload),
        new("POST /api/applications/{id}/withdraw", "/api/applications/{draft}/withdraw", OwnCase, Body.None),
        new("GET /api/applications/{id}/materials/{materialId}", "/api/applications/{case}/materials/{material}", CaseFile, Body.None),
        new("GET /api/tasks", "/api/tasks?scope=available", Reviewers, Body.None),
        new("GET /api/tasks/{id}", "/api/tasks/{task}", CaseReviewers, Body.None),
        new("POST /api/tasks/{id}/claim", "/api/tasks/{task}/claim", CaseReviewers, Body.None),
        new("POST /api/tasks/{id}/unclaim", "/api/tasks/{task}/unclaim", CaseReviewers, Body.None),
        new("POST /api/tasks/{id}/complete", "/api/tasks/{task}/complete", CaseReviewers),
        new("GET /api/tasks/{id}/materials", "/api/tasks/{task}/materials", CaseReviewers, Body.None),
        new("GET /api/tasks/{id}/diagram", "/api/tasks/{task}/diagram", CaseReviewers, Body.None),
        new("POST /api/tasks/{id}/case/id-number", "/api/tasks/{task}/case/id-number", CaseReviewers, Body.None),
        new("POST /api/tasks/search", "/api/tasks/search", Reviewers),
        new("POST /api/tasks/claim", "/api/tasks/claim", Reviewers),
        new("GET /api/tasks/overdue/count", "/api/tasks/overdue/count", Reviewers, Body.None),
        new("POST /api/tasks/{id}/assign", "/api/tasks/{task}/assign", CaseReviewers),
        new("POST /api/tasks/{id}/delegate", "/api/tasks/{task}/delegate", CaseReviewers),
        new("POST /api/tasks/{id}/resolve", "/api/tasks/{task}/resolve", CaseReviewers, Body.None),
        new("PUT /api/tasks/{id}/follow-up", "/api/tasks/{task}/follow-up", CaseReviewers),
        new("GET /api/tasks/{id}/colleagues", "/api/tasks/{task}/colleagues", CaseReviewers, Body.None),
        new("GET /api/tasks/{id}/comments", "/api/tasks/{task}/comments", CaseReviewers, Body.None),
        new("POST /api/tasks/{id}/comments", "/api/tasks/{task}/comments", CaseReviewers),
        new("GET /api/me/saved-filters", "/api/me/saved-filters", Reviewers, Body.None),
        new("POST /api/me/saved-filters", "/api/me/saved-filters", Reviewers),
        new("DELETE /api/me/saved-filters/{id}", "/api/me/saved-filters/00000000-0000-0000-0000-000000000001", Reviewers, Body.None),
        new("GET /api/applications/{id}/comments", "/api/applications/{case}/comments", OwnCase, Body.None),
        new("POST /api/admin/instances/search", "/api/admin/instances/search", Admins),
        new("POST /api/admin/migrations", "/api/admin/migrations", Admins),
        new("GET /api/admin/migrations", "/api/admin/migrations", Admins, Body.None),
        new("GET /api/admin/migrations/{id}", "/api/admin/migrations/0195a3f2-0000-7000-8000-000000000001", Admins, Body.None),
        new("PUT /api/applications/{id}/bank-account", "/api/applications/{case}/bank-account", OwnCase),
        new("GET /api/admin/decisions", "/api/admin/decisions", Admins, Body.None),
        new("POST /api/admin/decisions", "/api/admin/decisions", Admins, Body.Xml),
        new("GET /api/admin/decisions/{key}", "/api/admin/decisions/reviewRouting", Admins, Body.None),
        new("GET /api/admin/decisions/{key}/versions", "/api/admin/decisions/reviewRouting/versions", Admins, Body.None),
        new("GET /api/admin/decisions/{key}/versions/{version}", "/api/admin/decisions/reviewRouting/versions/1", Admins, Body.None),
        new("POST /api/admin/decisions/{key}/versions/{version}/publish", "/api/admin/decisions/reviewRouting/versions/1/publish", Admins, Body.None),
        new("GET /api/admin/decisions/{key}/diff", "/api/admin/decisions/reviewRouting/diff?from=1&to=1", Admins, Body.None),
        new("POST /api/admin/decisions/{key}/evaluate", "/api/admin/decisions/reviewRouting/evaluate", Admins),
        new("PUT /api/simulators/registry/persons", "/api/simulators/registry/persons", Admins),
        new("POST /api/simulators/registry/persons/query", "/api/simulators/registry/persons/query", Admins),
        new("POST /api/simulators/registry/persons/clear", "/api/simulators/registry/persons/clear", Admins),
        new("PUT /api/simulators/registry/outage", "/api/simulators/registry/outage", Admins),
        new("GET /api/admin/definitions", "/api/admin/definitions", Admins, Body.None),
        new("POST /api/admin/definitions", "/api/admin/definitions", Admins, Body.Xml),
        new("POST /api/admin/definitions/validate", "/api/admin/definitions/validate", Admins, Body.Xml),
        new("GET /api/admin/definitions/{key}/versions", "/api/admin/definitions/newEnrollment/versions", Admins, Body.None),
        new("GET /api/admin/definitions/{key}/versions/{version}", "/api/admin/definitions/newEnrollment/versions/1", Admins, Body.None),
        new("POST /api/admin/definitions/{key}/versions/{version}/publish", "/api/admin/definitions/newEnrollment/versions/1/publish", Admins, Body.None),
        new("GET /api/admin/element-templates", "/api/admin/element-templates", Admins, Body.None),
        new("POST /api/admin/instances", "/api/admin/instances", Admins),
        new("GET /api/admin/instances", "/api/admin/instances", Admins, Body.None),
        new("GET /api/admin/instances/{id}", "/api/admin/instances/{instance}", Admins, Body.None),
        new("POST /api/admin/instances/{id}/cancel", "/api/admin/instances/{spare}/cancel", Admins),
        new("GET /api/admin/instances/{id}/wait-states", "/api/admin/instances/{instance}/wait-states", Admins, Body.None),
        new("POST /api/admin/instances/{id}/variables", "/api/admin/instances/{spare}/variables", Admins),
        new("POST /api/admin/messages", "/api/admin/messages", Admins),
        new("GET /api/admin/incidents", "/api/admin/incidents", Admins, Body.None),
        new("POST /api/admin/incidents/{id}/retry", "/api/admin/incidents/{incident}/retry", Admins, Body.None),
        new("POST /api/admin/jobs/{id}/trigger", "/api/admin/jobs/agreement-polling/trigger", Admins, Body.None),
        new("GET /api/admin/forms", "/api/admin/forms", Admins, Body.None),
        new("GET /api/admin/forms/{key}", "/api/admin/forms/review-application.form", Admins, Body.None),
        new("PUT /api/admin/forms/{key}", "/api/admin/forms/review-application.form", Admins),
        new("GET /api/admin/forms/{key}/versions", "/api/admin/forms/review-application.form/versions", Admins, Body.None),
        new("GET /api/admin/policy", "/api/admin/policy", Admins, Body.None),
        new("GET /api/admin/policy/{year}", "/api/admin/policy/2026", Admins, Body.None),
        new("PUT /api/admin/policy/{year}", "/api/admin/policy/2099", Admins),
        new("DELETE /api/admin/policy/{year}", "/api/admin/policy/1990", Admins, Body.None),
        new("GET /api/admin/holidays/{year}", "/api/admin/holidays/2026", Admins, Body.None),
        new("PUT /api/admin/holidays/{year}", "/api/admin/holidays/2099", Admins),
        new("GET /api/admin/reports/cases-per-day", "/api/admin/reports/cases-per-day", Supervisors, Body.None),
        new("GET /api/admin/reports/decisions", "/api/admin/reports/decisions", Supervisors, Body.None),
        new("GET /api/admin/reports/cycle-times", "/api/admin/reports/cycle-times", Supervisors, Body.None),
        new("GET /api/admin/reports/open-tasks", "/api/admin/reports/open-tasks", Supervisors, Body.None),
        new("GET /api/admin/reports/overdue-tasks", "/api/admin/reports/overdue-tasks", Supervisors, Body.None),
        new("GET /api/admin/reports/incidents-per-day", "/api/admin/reports/incidents-per-day?format=csv", Supervisors, Body.None),
        new("POST /api/simulators/tax/agreements", "/api/simulators/tax/agreements", Applicants),
        new("DELETE /api/simulators/tax/agreements", "/api/simulators/tax/agreements", Applicants, Body.None),
        new("POST /api/simulators/tax/deductions", "/api/simulators/tax/deductions", Admins),
        new("POST /tax-bureau/v1/agreements/query", "/tax-bureau/v1/agreements/query", BureauKeyOnly),
        new("POST /tax-bureau/v1/deductions/query", "/tax-bureau/v1/deductions/query", BureauKeyOnly),
        // Last: it ends each caller's session.
        new("POST /api/auth/logout", "/api/auth/logout", SignedIn, Body.None),
    ];

    private static readonly Dictionary<Caller, string> UserNames = new()
    {
        [Caller.Applicant] = "applicant1",
        [Caller.OtherApplicant] = "applicant2",
        [Caller.ReviewerOfOtherRegion] = "reviewer2",
        [Caller.ReviewerOfRegion] = "reviewer1",
        [Caller.Admin] = "admin1",
    };

    [Fact]
    public async Task EveryDocumentedRoute_IsDeclared_AndEveryDeclarationIsDocumented()
    {
        // Given the document and the table
        var documented = await DocumentedRoutesAsync();

        // When they are compared
        var undeclared = documented.Except(Routes.Select(r => r.Key)).ToList();
        var stale = Routes.Select(r => r.Key).Except(documented).ToList();

        // Then each has exactly the other's routes
        Assert.True(undeclared.Count == 0, "Declare the expected answers of these routes in AuthorizationMatrixTests.Routes: " + string.Join(", ", undeclared));
        Assert.True(stale.Count == 0, "These declared routes are not in /openapi/v1.json: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryRoute_AnswersEveryCaller_AsDeclared()
    {
        // Given applicant1's submitted case with its task, a spare draft, a spare instance, and a client per caller
        var ids = await ArrangeAsync();
        var clients = new Dictionary<Caller, HttpClient> { [Caller.Anonymous] = factory.CreateClient() };
        foreach (var (caller, userName) in UserNames)
        {
            clients[caller] = await factory.ClientForAsync(userName);
        }

        var documented = (await DocumentedRoutesAsync()).ToHashSet();
        var mismatches = new List<string>();
        foreach (var route in Routes.Where(r => documented.Contains(r.Key)))
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                // When each caller sends the route's request
                var method = route.Key[..route.Key.IndexOf(' ', StringComparison.Ordinal)];
                var path = ids.Aggregate(route.Path, (p, id) => p.Replace("{" + id.Key + "}", id.Value, StringComparison.Ordinal));
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = await BodyAsync(route.Body) };
                using var response = await clients[caller].SendAsync(request);

                // Then the answer is of the declared class
                var expected = route.Expect.For(caller);
                if (!Matches(expected, response.StatusCode, route.Expect.HasUnseen))
                {
                    mismatches.Add($"{route.Key} as {caller}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static bool Matches(Answer expected, HttpStatusCode status, bool routeHasUnseen) => expected switch
    {
        Unauthorized => status == HttpStatusCode.Unauthorized,
        Forbidden => status == HttpStatusCode.Forbidden,
        Unseen => status == HttpStatusCode.NotFound,
        _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
             && !(routeHasUnseen && status == HttpStatusCode.NotFound),
    };

    private async Task<HashSet<string>> DocumentedRoutesAsync()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        return
        [
            .. document.GetProperty("paths").EnumerateObject()
                .SelectMany(path => path.Value.EnumerateObject()
                    .Where(operation => operation.Name is "get" or "post" or "put" or "delete" or "patch")
                    .Select(operation => $"{operation.Name.ToUpperInvariant()} {path.Name}")),
        ];
    }

    private async Task<Dictionary<string, string>> ArrangeAsync()
    {
        var applicant = await factory.ClientForAsync("applicant1");
        var submitted = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502"));
        var material = await Applicant.UploadAllAsync(applicant, submitted);
        await Applicant.SubmitAsync(applicant, submitted);
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502"));
        var task = (await Applicant.OfferedTaskAsync(await factory.ClientForAsync("reviewer1"), submitted, "newEnrollment")).GetProperty("id").GetGuid();
        var admin = await factory.ClientForAsync("admin1");
        var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={submitted}");
        var (_, spare) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        return new()
        {
            ["case"] = submitted.ToString("D"),
            ["draft"] = draft.ToString("D"),
            ["material"] = material,
            ["task"] = task.ToString("D"),
            ["instance"] = instances.GetProperty("items")[0].GetProperty("id").GetString()!,
            ["spare"] = spare.ToString("D"),
            ["incident"] = Guid.NewGuid().ToString("D"),
        };
    }

    private async Task<HttpContent?> BodyAsync(Body body)
    {
        switch (body)
        {
            case Body.Json:
                return new StringContent("{}", Encoding.UTF8, "application/json");
            case Body.Xml:
                return new StringContent("<definitions/>", Encoding.UTF8, "application/xml");
            case Body.Login:
                return JsonContent.Create(new { userName = "applicant2", password = ApiFactory.Password });
            case Body.Refresh:
                // A refresh token works once, so each caller gets a fresh one.
                var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = "applicant2", password = ApiFactory.Password });
                var refresh = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshToken").GetString();
                return JsonContent.Create(new { refreshToken = refresh });
            case Body.Upload:
                var form = new MultipartFormDataContent { { new StringContent("IdCardFront"), "kind" } };
                var file = new ByteArrayContent(Applicant.Jpeg);
                file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
                form.Add(file, "file", "front.jpg");
                return form;
            default:
                return null;
        }
    }
}
