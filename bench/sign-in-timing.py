"""Measures failed sign-ins for a known and for unknown addresses; see sign-in-timing.sh."""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base = sys.argv[1]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)


def form_token(opener, path):
    html = opener.open(base + path).read().decode()
    return re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)


def post(opener, path, fields):
    try:
        response = opener.open(base + path, urllib.parse.urlencode(fields).encode())
        return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def failed_sign_in(email):
    opener = browser()
    token = form_token(opener, "/account/login")
    started = time.perf_counter()
    status, body = post(opener, "/account/login", {"__RequestVerificationToken": token, "Email": email, "Password": "falsch-falsch-falsch"})
    return (time.perf_counter() - started) * 1000, status, body


owner = browser()
post(owner, "/account/register", {"__RequestVerificationToken": form_token(owner, "/account/register"),
                                  "DisplayName": "Zeitmessung", "Email": "bekannt@example.com", "Password": "geheim-und-lang"})
for _ in range(5):
    failed_sign_in("warm@example.com")

known, unknown = [], []
for i in range(40):
    if i < 18:  # the account locks after 20 failures
        known.append(failed_sign_in("bekannt@example.com"))
    unknown.append(failed_sign_in(f"niemand{i}@example.com"))

same = len({body.split("<main", 1)[-1].split("</main>")[0].count("stimmen nicht") for _, _, body in known + unknown}) == 1
k = statistics.median(t for t, _, _ in known)
u = statistics.median(t for t, _, _ in unknown)
print(f"{'address':<10} {'n':>4} {'median ms':>10}")
print(f"{'known':<10} {len(known):>4} {k:>10.1f}")
print(f"{'unknown':<10} {len(unknown):>4} {u:>10.1f}")
print(f"ratio known/unknown: {k / u:.3f}; statuses {sorted({s for _, s, _ in known + unknown})}; same message: {same}")
