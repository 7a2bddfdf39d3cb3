#!/usr/bin/env python3
"""Open311 against a real `redress serve`, with a third-party client as it is published.

Reads go through `georeport` 0.3.1 from PyPI, unchanged (services, a service definition,
requests with filters, one request; JSON and XML). Creation and a second reading go through
`three` 0.8.0 from PyPI (Code for America), a Python 2 package that ./scripts/setup converts
with the standard library's 2to3 and nothing else: its `post` sends a form body with
`api_key` and the photo as a multipart `media` file. `open311` 1.1, the other published
creator, cannot post on Python 3 even after 2to3 (it hands `urlopen` a str body), so its
request is sent exactly as it builds it: an urlencoded body with `api_key` and
`jurisdiction_id` in the query.

    python3 tests/open311/georeport_client.py [path/to/redress]

Without georeport the test is skipped with a message, except under CI=true where it fails.
"""
import json, os, subprocess, sys, urllib.parse, urllib.request, uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "scripts"))
from redress_server import binary_path, running_server


def skip_or_fail(why):
    if os.environ.get("CI") == "true":
        sys.exit(f"Open311 client test: {why} (required under CI=true)")
    print(f"SKIPPED: Open311 client test: {why}")
    sys.exit(0)


def integration_key(binary, data):
    env = {**os.environ, "REDRESS_DATA_DIR": data, "REDRESS_PASSWORD": "integration-pass-2026"}
    env.pop("REDRESS_DATABASE_URL", None)
    subprocess.run([binary, "user", "add", "--email", "partenaire@example.bf", "--name", "Partenaire",
                    "--role", "intake", "--unit", "SAN"], env=env, cwd=data, check=True, capture_output=True)
    out = subprocess.run([binary, "token", "create", "--email", "partenaire@example.bf"], env=env, cwd=data,
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


def post_like_open311_lib(base, key, fields):
    """open311 1.1: `urlopen(endpoint/requests.json?jurisdiction_id=…&api_key=…, urlencode(kwargs))`."""
    query = urllib.parse.urlencode({"jurisdiction_id": "127.0.0.1", "api_key": key})
    body = urllib.parse.urlencode(fields).encode()
    with urllib.request.urlopen(f"{base}/open311/v2/requests.json?{query}", body) as r:
        assert r.status == 201, r.status
        return json.loads(r.read())


def post_with_three(base, key, service_code, photo_path, **fields):
    """three 0.8.0 as published (converted by 2to3): `Three(endpoint).post(code, media=file)`."""
    from three import Three
    client = Three(f"{base}/open311/v2/", api_key=key, jurisdiction="127.0.0.1")
    with open(photo_path, "rb") as media:
        answer = client.post(service_code, media=media, **fields)
    assert client.post_response.status_code == 201, client.post_response.text
    return client, answer


# A 1x1 PNG with right CRCs (Redress reads the container to remove metadata).
PNG = (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89"
       b"\0\0\0\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\0\0\0\0IEND\xaeB`\x82")


def main():
    try:
        from georeport import GeoReport
        import three  # noqa: F401
    except ImportError as e:
        skip_or_fail(f"{e.name} is missing: run ./scripts/setup and use .venv/bin/python3")
    binary = sys.argv[1] if len(sys.argv) > 1 else binary_path()
    with running_server(binary) as (base, _, data):
        key = integration_key(binary, data)
        root = f"{base}/open311/v2"
        first = post_like_open311_lib(base, key, {
            "service_code": "SAN-FEES", "lat": "12.3714", "long": "-1.5197",
            "description": "On m'a fait payer 2000 F pour une consultation gratuite.",
            "first_name": "Awa", "last_name": "Ouedraogo", "phone": "70112233",
        })[0]["service_request_id"]
        photo = os.path.join(data, "photo.png")
        with open(photo, "wb") as f:
            f.write(PNG)
        three_client, answer = post_with_three(
            base, key, "EDU-FEES", photo, address="Ecole de Koubri",
            description="Le directeur demande 5000 F par eleve pour les examens.",
            **{"attribute[commune]": "BF130005"})
        second = answer[0]["service_request_id"]
        # three reads back what it created, by id and in the list of this month.
        one = three_client.request(second)[0]
        assert one["service_code"] == "EDU-FEES" and one["status"] == "open", one
        listed = three_client.requests("EDU-FEES")
        assert second in {r["service_request_id"] for r in listed}, listed
        print(f"ok: created {first} (open311-style) and {second} (with three 0.8.0, with a photo)")

        for fmt in ("json", "xml"):
            client = GeoReport(root, jurisdiction="127.0.0.1", output_format=fmt)
            services = client.get_service_list()
            codes = {s["service_code"] for s in services}
            assert {"SAN-FEES", "EDU-FEES", "JUS-DELAY"} <= codes, codes
            definition = client.get_service_definition("SAN-FEES")
            attributes = definition["attributes"]
            if fmt == "xml":
                attributes = attributes["attribute"]
            assert [a["code"] for a in attributes] == ["kind", "commune", "language"], attributes
            requests_ = client.get_service_requests()
            if isinstance(requests_, dict):  # xmltodict gives one request as a dict
                requests_ = [requests_]
            ids = {r["service_request_id"] for r in requests_}
            assert {first, second} <= ids, ids
            one = client.get_service_request(first)
            assert one["service_code"] == "SAN-FEES" and one["status"] == "open", one
            assert one["address"] == "Ouagadougou", one
            health = client.get_service_requests(service_code="SAN-FEES", status="open")
            if isinstance(health, dict):
                health = [health]
            assert [r["service_request_id"] for r in health] == [first], health
            by_id = client.get_service_requests(service_request_id=f"{first},{second}")
            assert len(by_id) == 2, by_id
            print(f"ok: georeport read services, a definition and requests in {fmt}")
        # Nothing personal in what the client reads.
        raw = urllib.request.urlopen(f"{root}/requests.json").read().decode()
        for personal in ("Awa", "Ouedraogo", "70112233", "2000 F", "5000 F"):
            assert personal not in raw, personal
        # A wrong key is refused the specification's way.
        try:
            post_like_open311_lib(base, "wrong-" + uuid.uuid4().hex, {"service_code": "SAN-FEES"})
            raise AssertionError("a wrong key was accepted")
        except urllib.error.HTTPError as e:
            assert e.code == 403, e.code
            assert json.loads(e.read())[0]["code"] == 403
    print("Open311 client test passed")


if __name__ == "__main__":
    main()
