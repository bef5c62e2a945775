"""Signs a person in through the sign-in form and prints the Cookie header a browser would then send."""
import sys, re, urllib.request, urllib.parse, http.cookiejar
base, user, pw = sys.argv[1], sys.argv[2], sys.argv[3]
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
page = op.open(base + 'login.xhtml').read().decode()
fields = {'signInForm': 'signInForm', 'signInForm:username': user, 'signInForm:password': pw, 'signInForm:submit': ''}
for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
    if name.startswith('jakarta.faces.ViewState') or 'nonce' in name.lower() or name.startswith('primefaces'):
        fields[name] = value
m = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"', page)
fields['jakarta.faces.ViewState'] = m.group(1)
try:
    op.open(base + 'login.xhtml', urllib.parse.urlencode(fields).encode())
except urllib.error.HTTPError as e:
    pass
print('; '.join(c.name + '=' + c.value for c in jar))
