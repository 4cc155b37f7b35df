"""``--usage`` finds the places a script reads a key that the new release's answer no longer
has (or no longer always has): ``card["dataset_query"]`` on what ``mb.card.get(1)`` gave,
through names, ``.get``, loops, indexes, ``await`` and ``mb.paginate``."""

from __future__ import annotations

from pathlib import Path

from generator.analysis import diff as diff_mod
from generator.analysis import report, usage
from generator.core import types as tx
from generator.core.model import ApiModel, Endpoint, ObjectSchema, SchemaField, SourceRef


def F(key: str, t: tx.T = tx.STR, required: bool = True) -> SchemaField:
    return SchemaField(key, t, required)


def model(version: str, gadget: ObjectSchema, part: ObjectSchema) -> ApiModel:
    def ep(method: str, path: str, returns: tx.T) -> Endpoint:
        src = (SourceRef("api.json", 1),)
        return Endpoint(method, path, "gadget", "", False, False, False, src, returns=returns)

    eps = (
        ep("GET", "/api/gadget/:id", tx.ref(gadget.name)),
        ep("GET", "/api/gadget/", tx.list_of(tx.ref(gadget.name))),
    )
    return ApiModel(version, "openapi-json", eps, schemas=(gadget, part))


OLD = model(
    "1.1",
    ObjectSchema(
        "Gadget",
        "x.gadget",
        (F("id", tx.INT), F("colour"), F("label"), F("parts", tx.list_of(tx.ref("Part")))),
    ),
    ObjectSchema("Part", "x.part", (F("serial"), F("weight", tx.INT))),
)
NEW = model(  # colour gone, label optional, a part's weight gone
    "1.2",
    ObjectSchema(
        "Gadget",
        "x.gadget",
        (F("id", tx.INT), F("label", required=False), F("parts", tx.list_of(tx.ref("Part")))),
    ),
    ObjectSchema("Part", "x.part", (F("serial"),)),
)

SCRIPT = """\
from metabase_v1_1 import Client, AsyncClient

mb = Client("http://mb", api_key="k")
g = mb.gadget.get(1)
print(g["id"], g["colour"])
print(g.get("label"), g.get(key), g.get("colour"))
for part in g["parts"]:
    print(part["serial"], part["weight"])
first = mb.gadget.list()[0]
print(first["colour"])
print(mb.gadget.get(2)["parts"][0]["weight"])
for item in mb.paginate(mb.gadget.list):
    print(item["label"])
colour = g["colour"] if g else None


async def main() -> None:
    async with AsyncClient("http://mb", api_key="k") as amb:
        h = await amb.gadget.get(3)
        print(h["colour"], h["id"])
"""


def scan(tmp_path: Path) -> usage.Usage:
    (tmp_path / "app.py").write_text(SCRIPT)
    return usage.analyse([tmp_path], diff_mod.diff(OLD, NEW))


def test_each_read_of_a_key_the_answer_lost_is_a_site(tmp_path: Path) -> None:
    u = scan(tmp_path)
    got = [(h.call.line, h.call.col, h.call.text, h.change.kind, h.suggestion) for h in u.hits]
    opt = "read it with .get('label') and handle its absence"
    assert got == [
        (5, 16, 'g["colour"]', "response-key-removed", None),
        (6, 35, 'g.get("colour")', "response-key-removed", None),  # always None now
        (8, 27, 'part["weight"]', "response-key-removed", None),
        (10, 7, 'first["colour"]', "response-key-removed", None),
        (11, 7, 'mb.gadget.get(2)["parts"][0]["weight"]', "response-key-removed", None),
        (13, 11, 'item["label"]', "response-key-optional", opt),
        (14, 10, 'g["colour"]', "response-key-removed", None),
        (20, 15, 'h["colour"]', "response-key-removed", None),  # AsyncClient, awaited
    ]
    assert {h.call.via for h in u.hits} == {"answer"}
    assert [h.call.attr for h in u.hits][2:4] == ["gadget.get", "gadget.list"]
    # g.get("label") handles a missing label already: no site
    # reads are not calls: the count of calls to Metabase is what it was
    assert len(u.calls) == 5 and not u.unresolved  # amb.gadget.get(3) counted


def test_the_report_names_the_read_and_the_key(tmp_path: Path) -> None:
    u = scan(tmp_path)
    d = diff_mod.diff(OLD, NEW)
    out = report.text(d, report.Options(usage=u))
    assert "usage: 1 files, 5 calls to Metabase, 8 affected in 1 files, 0 not resolved" in out
    assert 'app.py:5:16  g["colour"]\n' in out
    assert "the answer no longer has 'colour'" in out
    assert "the answer no longer has 'parts.weight'" in out


def test_only_reads_of_lost_keys_from_answers_are_sites(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text(
        "from metabase_v1_1 import Client\n"
        "mb = Client('http://mb', api_key='k')\n"
        "g = mb.gadget.get(1)\n"
        "print(g['id'], g['label'] if False else None, g['parts'][0]['serial'])\n"
        "other = {'colour': 1}\n"
        "print(other['colour'])\n"
        "g = {'colour': 2}\n"
        "print(g['colour'])\n"
    )
    u = usage.analyse([tmp_path], diff_mod.diff(OLD, NEW))
    assert [(h.call.line, h.call.text) for h in u.hits] == [(4, "g['label']")]


def test_the_gate_fails_on_a_key_a_shipped_upgrade_takes_away(tmp_path: Path) -> None:
    from support.cli import run

    script = tmp_path / "job.py"
    script.write_text(
        "from metabase_v0_56 import Client\n"
        "mb = Client('http://mb', api_key='k')\n"
        "card = mb.card.get(1)\n"
        "is_model = card['dataset']\n"
        "me = mb.user.current()\n"
        "print(me.get('google_auth'), me['email'])\n"
    )
    args = ["diff", "metabase_v0_56", "metabase_v0_59", "--usage", script]
    proc = run(*args, "--fail-on", "breaking")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = proc.stdout
    assert "usage: 1 files, 2 calls to Metabase, 2 affected in 1 files, 0 not resolved" in out
    assert f"{script}:4:12  card['dataset']\n" in out
    assert "GET    /api/card/:id  card.get  the answer no longer has 'dataset'" in out
    assert f"{script}:6:7  me.get('google_auth')\n" in out
    # without the reads, the calls alone break nothing
    script.write_text(script.read_text().replace("card['dataset']", "card['id']").replace(
        "me.get('google_auth')", "me.get('first_name')"))  # fmt: skip
    assert run(*args, "--fail-on", "breaking").returncode == 0


def test_a_read_of_a_retyped_key_is_a_site_both_ways(tmp_path: Path) -> None:
    gadget = ObjectSchema("Gadget", "x.gadget", (F("id", tx.STR), F("colour")))
    retyped = model("1.2", gadget, ObjectSchema("Part", "x.part", ()))
    (tmp_path / "ids.py").write_text(
        "from metabase_v1_1 import Client\n"
        "mb = Client('http://mb', api_key='k')\n"
        "g = mb.gadget.get(1)\n"
        "print(g['id'] + 1, g.get('id'), g['colour'])\n"
    )
    u = usage.analyse([tmp_path], diff_mod.diff(OLD, retyped))
    got = [(h.call.col, h.call.text, h.change.kind, h.change.message) for h in u.hits]
    was = "'id' is now str (was int)"
    assert [g for g in got if g[2] == "response-key-retyped"] == [
        (7, "g['id']", "response-key-retyped", was),
        (20, "g.get('id')", "response-key-retyped", was),
    ]
