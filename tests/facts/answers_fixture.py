"""A made-up frontend tree (TypeScript written for these tests, not Metabase's) and helpers."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.facts.answers_git import TS_DIR

TYPES = {
    "frontend/src/metabase-types/api/gadget.ts": """
import type { OwnerId, Owner } from "./owner";

export type GadgetId = number;
export type GadgetKind = "lamp" | "kettle";

interface GadgetBase {
  id: GadgetId;
  name: string;
}

export interface Gadget<Q extends Payload = Payload> extends GadgetBase {
  kind: GadgetKind;
  label?: string | null;
  owner_id: OwnerId | null;
  owner?: Pick<Owner, "id" | "email">;
  payload: Q;
  weight: number;
  part_count: number;
  tags: string[];
  extras: Record<string, number>;
  created: Date;
  pair: [number, string];
  // Not part of the gadget API contract, used by the editor only
  draft_note?: string;
  onPoke?: () => void;
  editorState?: boolean;
}

export type LampPayload = { shape: "lamp"; watts: number };
export type KettlePayload = { shape: "kettle"; litres: number };
export type Payload = LampPayload | KettlePayload;

declare const OpaqueSymbol: unique symbol;
export type OpaquePayload = unknown & { database: number | null; _opaque: typeof OpaqueSymbol };

export type GadgetPage = { data: Gadget[]; total: number };
export type PartialGadget = Partial<Omit<Gadget, "payload" | "pair">>;
""",
    "frontend/src/metabase-types/api/owner.ts": """
export type OwnerId = number;
export interface Owner {
  id: OwnerId;
  email: string;
  nick: string | null;
  settings: { [key: string]: string };
}
""",
    "frontend/src/metabase/api/gadget.ts": """
import type {
  Gadget, GadgetId, GadgetPage, PartialGadget, Owner, OpaquePayload,
} from "metabase-types/api";
import { Api } from "./api";

export const gadgetApi = Api.injectEndpoints({
  endpoints: (builder) => ({
    listGadgets: builder.query<GadgetPage, void>({
      query: () => ({ method: "GET", url: "/api/gadget" }),
    }),
    getGadget: builder.query<Gadget, GadgetId>({
      query: (id) => ({ url: `/api/gadget/${id}` }),
    }),
    getGadgetOwner: builder.query<Owner, { gadgetId: GadgetId }>({
      query: ({ gadgetId }) => {
        const url = `/api/gadget/${gadgetId}/owner?full=true`;
        return { method: "GET", url };
      },
    }),
    updateGadget: builder.mutation<PartialGadget, Gadget>({
      query: ({ id, ...body }) => ({ method: "PUT", url: `/api/gadget/${id}`, body }),
    }),
    listNames: builder.query<string[], void>({
      query: () => ({ method: "GET", url: "/api/gadget/names" }),
      transformResponse: (response: { names: string[] }) => response.names,
    }),
    untypedTransform: builder.query<number, void>({
      query: () => ({ method: "GET", url: "/api/gadget/count" }),
      transformResponse: (r) => r.length,
    }),
    deleteGadget: builder.mutation<void, GadgetId>({
      query: (id) => ({ method: "DELETE", url: `/api/gadget/${id}` }),
    }),
    getOpaque: builder.query<OpaquePayload, void>({
      query: () => ({ method: "GET", url: "/api/gadget/opaque" }),
    }),
  }),
});
""",
    "frontend/src/metabase-types/api/index.ts": """
export * from "./gadget";
export * from "./owner";
""",
}


def need_typescript() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed")
    found = subprocess.run(
        ["node", "-e", "require.resolve('typescript')"], cwd=TS_DIR, capture_output=True
    )
    if found.returncode != 0:  # node looks in ts/node_modules, then up to the repository's
        pytest.skip("typescript npm package missing: see docs/answers.md (npm install --no-save)")


def write_tree(root: Path, files: dict[str, str] = TYPES) -> Path:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return root


def git_repo(work: Path, bare: Path, files: dict[str, str]) -> str:
    """A one-commit repository holding ``files``, cloned bare to ``bare``; its commit id."""
    write_tree(work, files)
    env = {**os.environ, "GIT_COMMITTER_DATE": "2025-03-04T05:06:07Z"}
    run = lambda *a: subprocess.run(  # noqa: E731
        ["git", *a], cwd=work, check=True, capture_output=True, text=True, env=env
    ).stdout
    run("init", "-q")
    run("add", "-A")
    run(
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.invalid",
        "commit",
        "-q",
        "-m",
        "made up",
        "--date",
        "2025-03-04T05:06:07Z",
    )
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True)
    return run("rev-parse", "HEAD").strip()
