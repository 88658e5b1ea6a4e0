"""Asks GET /api/v1/templates once for each benchmark token, as each browser's first call (taking
gzip, as browsers do), and writes the ETags as a Lua table for revalidate.lua:
usage etags.py <port> <tokens> <out.lua>."""
import http.client
import sys

port, tokens, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
connection = http.client.HTTPConnection("127.0.0.1", port)
etags = []
for n in range(1, tokens + 1):
    connection.request("GET", "/api/v1/templates",
                       headers={"Authorization": f"Bearer bench-token-{n}", "Accept-Encoding": "gzip, deflate, br"})
    response = connection.getresponse()
    response.read()
    if response.status != 200:
        sys.exit(f"bench-token-{n}: {response.status}")
    etags.append(response.getheader("ETag"))
with open(out, "w") as lua:
    lua.write("return {\n" + "".join(f"  '{etag}',\n" for etag in etags) + "}\n")
print(f"{len(etags)} ETags, {len(set(etags))} different answers")
