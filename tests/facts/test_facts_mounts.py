"""Where the route tables mount each namespace, read from made-up Clojure route tables."""

from __future__ import annotations

from generator.facts import EndpointFacts, ParamFact, Snapshot
from generator.facts.dataset import Dataset, dump_dataset
from generator.facts.gitsrc import with_route
from generator.facts.mounts import mounts_of, route_tables

SERVER = """
(ns gizmo.server.routes
  (:require [compojure.core :refer [context defroutes]]
            [gizmo.api.routes :as api]))
(when ee? (classloader/require '[gizmo-ee.auth.routes :as ee.auth]))
(defroutes routes
  (or (some-> (resolve 'ee.auth/routes) var-get) (fn [_ r _] (r nil)))
  (context "/api" [] (fn [& args] (apply api/routes args))))
"""

API = """
(ns gizmo.api.routes
  (:require (gizmo.api [widget :as widget] [sprocket :as sprocket])
            [gizmo.api.common :refer [context defroutes]]))
(def ^:private ee-routes (if-let [v (resolve 'gizmo-ee.api.routes/routes)] v (fn [_ r _] (r nil))))
(defn- helper [] (context "/nowhere" [] widget/routes))
(defroutes routes
  ee-routes
  (context "/widget"    [] (+auth widget/routes))
  (context "/sprocket/" [] sprocket/routes))
"""

EE = """
(ns gizmo-ee.api.routes
  (:require [gizmo-ee.llm.api :as llm.api]
            [gizmo-ee.sandbox.api.routes :as sandbox]))
(defroutes routes
  sandbox/routes
  (context "/ee" []
    (context "/autodescribe" []
      (ee.common/+require-premium-feature :llm (deferred-tru "LLM") llm.api/routes))
    {"/tagger" 'gizmo-ee.tagger.api}))
"""

SANDBOX = """
(ns gizmo-ee.sandbox.api.routes
  (:require [gizmo-ee.sandbox.api.table :as table]
            [gizmo-ee.sandbox.api.widget :as widget]))
(compojure/defroutes routes
  (compojure/context "/mt" []
    (compojure/routes (compojure/context "/gadget" [] (+auth widget/routes))))
  (compojure/context "/widget" [] table/routes))
"""

AUTH = """
(ns gizmo-ee.auth.routes (:require [gizmo-ee.auth.api.sso :as sso]))
(defroutes routes (context "/auth" [] (context "/sso" [] sso/routes)))
"""

NAMESPACES = [
    "gizmo.api.widget",
    "gizmo.api.sprocket",
    "gizmo-ee.llm.api",
    "gizmo-ee.tagger.api",
    "gizmo-ee.sandbox.api.table",
    "gizmo-ee.sandbox.api.widget",
    "gizmo-ee.auth.api.sso",
    "gizmo-ee.orphan.api",
]


def test_mounts_follow_contexts_aliases_wrappers_and_nested_tables(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import generator.facts.mounts as m

    monkeypatch.setattr(m, "ROOT_NAMESPACES", ("gizmo.server.routes",))
    monkeypatch.setattr(m, "API_TABLE", ("gizmo.api.routes", "routes", "/api"))
    tables = route_tables([SERVER, API, EE, SANDBOX, AUTH, "(unreadable"])
    assert mounts_of(tables, NAMESPACES) == {
        "gizmo.api.widget": "/api/widget",
        "gizmo.api.sprocket": "/api/sprocket",
        "gizmo-ee.llm.api": "/api/ee/autodescribe",
        "gizmo-ee.tagger.api": "/api/ee/tagger",
        # the Enterprise table comes first in the API table: its override is reached first
        "gizmo-ee.sandbox.api.table": "/api/widget",
        "gizmo-ee.sandbox.api.widget": "/api/mt/gadget",
        "gizmo-ee.auth.api.sso": "/auth/sso",
    }


def test_without_a_server_table_the_api_table_is_served_at_api(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import generator.facts.mounts as m

    monkeypatch.setattr(m, "API_TABLE", ("gizmo.api.routes", "routes", "/api"))
    tables = route_tables([API])
    assert mounts_of(tables, ["gizmo.api.widget", "gizmo.api.sprocket"]) == {
        "gizmo.api.widget": "/api/widget",
        "gizmo.api.sprocket": "/api/sprocket",
    }


def test_a_fact_takes_its_full_route_from_its_namespace_mount() -> None:
    rules = ((r"^gizmo\.api\.", "/api/"),)
    by_ns = EndpointFacts("POST", "gizmo-ee.llm.api/card/summarize", "gizmo-ee.llm.api", ())
    printed = EndpointFacts("GET", "/api/preview-embed/:token", "gizmo.api.preview-embed", ())
    unmounted = EndpointFacts("GET", "gizmo-ee.orphan.api/x", "gizmo-ee.orphan.api", ())
    mounts = {"gizmo-ee.llm.api": "/api/ee/autodescribe", "gizmo.api.preview-embed": "/api/pe"}
    assert with_route(by_ns, rules, mounts).route == "/api/ee/autodescribe/card/summarize"
    assert with_route(printed, rules, mounts).route == "/api/pe/:token"
    assert with_route(unmounted, rules, mounts).route is None


def test_routes_and_mounts_round_trip_through_the_dataset_file() -> None:
    snap = Snapshot("example/gizmo", "ab" * 20, "2030-01-01", "0.99.0", "release", "v0.99.0")
    bare = Snapshot("example/gizmo", "cd" * 20, "2030-02-01", "0.100-dev", "master", "m")
    ns = "gizmo-ee.llm.api"
    fact = EndpointFacts(
        "POST",
        f"{ns}/card/summarize",
        ns,
        (ParamFact("card", "body", True),),
        route="/api/ee/autodescribe/card/summarize",
    )
    ds = Dataset.from_snapshots(
        [(snap, [fact]), (bare, [])], {snap.commit: {ns: "/api/ee/autodescribe"}}
    )
    text = dump_dataset(ds)
    import json

    again = Dataset.from_json(json.loads(text))
    assert dump_dataset(again) == text
    one = again.snapshot_facts(0)
    assert one.mounts == {ns: "/api/ee/autodescribe"}
    assert again.snapshot_facts(1).mounts == {}
    assert one.lookup("POST", f"{ns}/card/summarize") == [fact]
    assert one.lookup("POST", "/api/ee/autodescribe/card/summarize") == [fact]
