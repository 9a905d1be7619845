using System.Net;
using Vigil.Domain.Access;

namespace Vigil.Server.Tests;

/// <summary>Sign-in through the real login form: lock-out, rate limit, sessions ended by a password change.</summary>
public sealed class SignInTests() : TwoBranchServerTests("--Vigil:SignInPermitsPerMinute=1000")
{
    [Fact]
    public async Task WrongPassword_FiveTimes_LocksTheAccount_EvenForTheRightPassword()
    {
        var client = Server.Anonymous();
        for (var i = 0; i < PasswordPolicy.MaxFailedSignIns; i++)
        {
            var failed = await TestServer.PostFormAsync(client, "/login", new() { ["UserName"] = "officer.a", ["Password"] = "wrong-password-" + i });
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Sai tên đăng nhập hoặc mật khẩu", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var locked = await TestServer.PostFormAsync(client, "/login", new() { ["UserName"] = "officer.a", ["Password"] = TwoBranchWorld.Password });
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("tạm khóa", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var events = await Server.WithSystemDbAsync(db => Task.FromResult(
            db.AuditEntries.Where(a => a.EntityId == World.OfficerA.Id.ToString()).Select(a => a.Action).ToList()));
        Assert.Equal(PasswordPolicy.MaxFailedSignIns, events.Count(a => a == "sign_in_failed"));
        Assert.Contains("locked_out", events);
    }

    [Fact]
    public async Task UnknownUser_AndRightPassword_AreTold_TheSameThing()
    {
        var client = Server.Anonymous();
        var unknown = await TestServer.PostFormAsync(client, "/login", new() { ["UserName"] = "nobody", ["Password"] = "whatever-password" });
        Assert.Contains("Sai tên đăng nhập hoặc mật khẩu", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await TestServer.PostFormAsync(client, "/login", new() { ["UserName"] = "viewer.a", ["Password"] = TwoBranchWorld.Password });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions_KeepsThisOne()
    {
        var first = await Server.SignedInClientAsync("coord.a", TwoBranchWorld.Password);
        var second = await Server.SignedInClientAsync("coord.a", TwoBranchWorld.Password);
        var change = await TestServer.PostFormAsync(first, "/account?handler=Password",
            new() { ["CurrentPassword"] = TwoBranchWorld.Password, ["NewPassword"] = "A-Brand-New-Pass-9" }, tokenSourcePath: "/account");
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
        Assert.Contains("Đã đổi mật khẩu", await change.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/units")).StatusCode);
        var stale = await second.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/login", stale.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn_AndItsTokensStop()
    {
        var api = await Server.ApiClientAsync("viewer.a");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me")).StatusCode);
        await Server.WithSystemDbAsync(async db =>
        {
            db.Users.Single(u => u.UserName == "viewer.a").Disabled = true;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        var attempt = await TestServer.PostFormAsync(Server.Anonymous(), "/login", new() { ["UserName"] = "viewer.a", ["Password"] = TwoBranchWorld.Password });
        Assert.Contains("Tài khoản đã bị khóa", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejected()
    {
        var client = await Server.SignedInClientAsync("coord.a", TwoBranchWorld.Password);
        var response = await client.PostAsync("/account?handler=CreateToken", new FormUrlEncodedContent(new Dictionary<string, string> { ["TokenName"] = "csrf" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Server.WithSystemDbAsync(db => Task.FromResult(db.ApiTokens.Count(t => t.Name == "csrf"))));
    }
}
