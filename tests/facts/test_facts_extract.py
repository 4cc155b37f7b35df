"""The route extractor on made-up ``defendpoint`` forms about made-up endpoints."""

from __future__ import annotations

from generator.facts.extract import extract_source, prefix_rules_from_source, route_prefix
from generator.facts.model import EndpointFacts, ParamFact

WIDGET_NS = """
(ns metabase.api.widget
  "Made-up widget endpoints; a docstring with a ; semicolon and \\"quotes\\"."
  (:require [metabase.api.common :as api]))

;; (api/defendpoint GET "/commented-out" [] nil)
"""


def facts(body: str, ns_form: str = WIDGET_NS) -> dict[tuple[str, str], EndpointFacts]:
    found = extract_source(ns_form + body)
    return {e.key: e for e in found}


def p(e: EndpointFacts, name: str) -> ParamFact:
    fact = e.param(name)
    assert fact is not None, (name, e.params)
    return fact


def test_route_params_and_bare_symbols() -> None:
    e = facts("""
        (api/defendpoint GET "/:id"
          "Fetch a widget; docstring with \\"quotes\\" and ; semicolons."
          [id colour size]
          {id ms/PositiveInt, colour [:maybe :string]}
          (frob id))
        """)[("GET", "/api/widget/:id")]
    assert p(e, "id").location == "path" and p(e, "id").documented
    assert p(e, "colour").location == "form" and p(e, "colour").documented
    assert p(e, "size").location == "form" and not p(e, "size").documented
    assert e.whole_body is None and e.whole_query is None


def test_body_keys_nested_renames_and_whole_body() -> None:
    e = facts("""
        (api/defendpoint POST "/"
          "Make a widget."
          [:as {{:keys [name colour], {:keys [engine details]} :spec,
                 gadget-ids :gadget_ids, :as body} :body}]
          {name ms/NonBlankString}
          nil)
        """)[("POST", "/api/widget/")]
    assert p(e, "name").location == "body" and p(e, "name").documented
    assert p(e, "colour").wire is None
    eng = p(e, "engine")
    assert eng.location == "body" and eng.key_path == ("spec", "engine") and eng.wire is None
    ren = p(e, "gadget-ids")
    assert ren.location == "body" and ren.wire == "gadget_ids" and ren.wire_name == "gadget_ids"
    assert e.whole_body == "body"
    assert p(e, "body").location == "whole_body"


def test_deep_nesting_and_rename_inside() -> None:
    e = facts("""
        (api/defendpoint PUT "/:id/spec"
          "Nested."
          [id :as {{{{:keys [depth]} :inner, outer-name :name} :outer} :body}]
          nil)
        """)[("PUT", "/api/widget/:id/spec")]
    d = p(e, "depth")
    assert d.key_path == ("outer", "inner", "depth") and d.location == "body"
    o = p(e, "outer-name")
    assert o.key_path == ("outer", "name") and o.wire == "name"


def test_whole_body_without_keys() -> None:
    e = facts("""
        (api/defendpoint POST "/:id/raw" "Raw." [id :as {payload :body}] nil)
        """)[("POST", "/api/widget/:id/raw")]
    assert e.whole_body == "payload"
    assert [x.location for x in e.params] == ["path", "whole_body"]


def test_query_params_params_and_rest() -> None:
    by_key = facts("""
        (api/defendpoint GET "/search"
          "Query params."
          [:as {{:keys [q limit]} :query-params, all-params :params}]
          nil)

        (api/defendpoint GET "/:token/render"
          "Rest."
          [token & extra]
          nil)

        (api/defendpoint DELETE "/:id"
          "Params map keys and the whole query-params map."
          [id :as {{:keys [hard]} :params, qp :query-params}]
          nil)
        """)
    s = by_key[("GET", "/api/widget/search")]
    assert p(s, "q").location == "query" and p(s, "limit").location == "query"
    assert s.whole_query == "all-params"
    r = by_key[("GET", "/api/widget/:token/render")]
    assert r.whole_query == "extra"
    amp = p(r, "&")
    assert amp.location == "whole_query" and amp.local == "extra"
    d = by_key[("DELETE", "/api/widget/:id")]
    assert p(d, "hard").location == "form"
    assert d.whole_query == "qp"


def test_multipart_and_metadata() -> None:
    e = facts("""
        (api/defendpoint ^:multipart POST "/:id/upload"
          "Upload."
          {:added "0.1"}
          [id :as {{:strs [file]} :multipart-params, {label "label"} :multipart-params}]
          {id ms/PositiveInt}
          nil)
        """)[("POST", "/api/widget/:id/upload")]
    assert e.multipart
    assert p(e, "file").location == "multipart"
    assert p(e, "label").location == "multipart" and p(e, "label").wire is None


def test_vector_route_with_regex_and_discard() -> None:
    by_key = facts(r"""
        (api/defendpoint GET ["/:id/part/:part" :id #"[0-9]+" :part #"[a-z\"]+"]
          "Vector route."
          [id part #_ignored]
          nil)
        #_(api/defendpoint GET "/discarded" "Gone." [] nil)
        (comment (api/defendpoint GET "/in-comment" "Gone." [] nil))
        """)
    assert set(by_key) == {("GET", "/api/widget/:id/part/:part")}
    e = by_key[("GET", "/api/widget/:id/part/:part")]
    assert [(x.name, x.location) for x in e.params] == [("id", "path"), ("part", "path")]


def test_json_body_on_get_and_variants() -> None:
    by_key = facts("""
        (defendpoint-schema GET "/:id/body-on-get"
          "A GET that reads a JSON body."
          [id :as {{:keys [filters]} :body}]
          {filters (s/maybe su/Map)}
          nil)

        (api/defendpoint-async GET "/:id/stream"
          "Async: the arglist is [request respond raise]."
          [{{:keys [id fmt]} :params} respond raise]
          nil)
        """)
    g = by_key[("GET", "/api/widget/:id/body-on-get")]
    assert p(g, "filters").location == "body" and p(g, "filters").documented
    a = by_key[("GET", "/api/widget/:id/stream")]
    assert p(a, "id").location == "path"
    assert p(a, "fmt").location == "form"
    assert p(a, "respond").location == "request" and p(a, "raise").location == "request"


def test_api_param_alias_and_unbound_schema_key() -> None:
    e = facts("""
        (api/defendpoint POST "/:id/kind"
          "The docs print api-param names."
          [id :as {{kind-name :kind} :body}]
          {kind-name (su/api-param "kind" su/NonBlankString)
           ghost     (s/maybe s/Str)}
          nil)
        """)[("POST", "/api/widget/:id/kind")]
    k = p(e, "kind")
    assert k.location == "body" and k.local == "kind-name" and k.wire is None and k.documented
    assert p(e, "ghost").location == "unbound"


def test_request_level_keys_and_whole_request() -> None:
    e = facts("""
        (api/defendpoint POST "/:id/echo"
          "Request-level bindings."
          [id :as {:keys [body params headers], :as request}]
          nil)
        """)[("POST", "/api/widget/:id/echo")]
    assert e.whole_body == "body" and e.whole_query == "params"
    assert p(e, "headers").location == "request"
    assert p(e, "request").location == "request"


ENTERPRISE_INTERNAL = r"""
(ns metabase.api.common.internal)
(defn- endpoint-name
  ([method route]
   (format "%s %s%s" (name method)
           (-> (.getName *ns*)
               (str/replace #"^metabase\.api\." "/api/")
               (str/replace #"^metabase-enterprise\.gizmo\.api\." "/api/gz/")
               (str/replace #"^metabase-enterprise\.([^\.]+)\.api\." "/api/ee/$1/"))
           (if (vector? route) (first route) route))))
"""


def test_enterprise_namespace_paths() -> None:
    rules = prefix_rules_from_source(ENTERPRISE_INTERNAL)
    assert route_prefix("metabase.api.widget", rules) == "/api/widget"
    assert route_prefix("metabase-enterprise.gizmo.api.part", rules) == "/api/gz/part"
    assert route_prefix("metabase-enterprise.widget-pro.api.thing", rules) == (
        "/api/ee/widget-pro/thing"
    )
    # a namespace no rule rewrites is printed as it is
    assert route_prefix("metabase-enterprise.widget-pro.api", rules) == (
        "metabase-enterprise.widget-pro.api"
    )
    src = (
        "(ns metabase-enterprise.widget-pro.api.thing (:require [metabase.api.common :as api]))\n"
        '(api/defendpoint GET "/" "List." [] nil)\n'
    )
    [e] = extract_source(src, rules)
    assert e.key == ("GET", "/api/ee/widget-pro/thing/")
    assert e.namespace == "metabase-enterprise.widget-pro.api.thing"


def test_to_json_round_trip() -> None:
    e = facts("""
        (api/defendpoint POST "/:id/rt"
          "Round trip."
          [id :as {{{:keys [engine]} :spec, v :values, :as all} :body}]
          {engine s/Str}
          nil)
        """)[("POST", "/api/widget/:id/rt")]
    assert EndpointFacts.from_json(e.to_json()) == e
