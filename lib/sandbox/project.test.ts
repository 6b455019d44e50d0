import { describe, expect, it } from "vitest";
import { clientSource } from "./harness/client-source";
import { harnessSource } from "./harness/harness-source";
import { buildProjectTree, flattenTree, PROJECT_PACKAGE_JSON } from "./project";
import type { Scenario } from "./scenario";

const library = {
  "package.json": '{"name":"background-tasks"}',
  "dist/index.js": "export {};",
  "dist/node.js": "export {};",
  "dist/internal/router.js": "export {};",
};
const scenario: Scenario = { title: "Una petición", requests: [{ method: "POST", path: "/send-notification/a@b.c" }] };

describe("buildProjectTree", () => {
  it("builds exactly the tree a WebContainer mounts", () => {
    const tree = buildProjectTree({ serverJs: "export const app = 1;", scenario, library });
    expect(tree).toEqual({
      "package.json": { file: { contents: PROJECT_PACKAGE_JSON } },
      node_modules: {
        directory: {
          "background-tasks": {
            directory: {
              "package.json": { file: { contents: '{"name":"background-tasks"}' } },
              dist: {
                directory: {
                  "index.js": { file: { contents: "export {};" } },
                  "node.js": { file: { contents: "export {};" } },
                  internal: { directory: { "router.js": { file: { contents: "export {};" } } } },
                },
              },
            },
          },
        },
      },
      "server.js": { file: { contents: "export const app = 1;" } },
      "harness.js": { file: { contents: harnessSource } },
      "client.js": { file: { contents: clientSource } },
      "scenario.json": { file: { contents: `${JSON.stringify(scenario, null, 2)}\n` } },
    });
    expect(JSON.parse(PROJECT_PACKAGE_JSON)).toEqual({ type: "module" });
  });

  it("is pure: the same inputs give the same tree and are left untouched", () => {
    const input = { serverJs: "x", scenario, library: { ...library } };
    const snapshot = JSON.stringify(input);
    expect(buildProjectTree(input)).toEqual(buildProjectTree(input));
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it("refuses a library without its package.json or its built files, and paths that leave the folder", () => {
    expect(() => buildProjectTree({ serverJs: "", scenario, library: { "dist/index.js": "" } })).toThrow(/package.json/);
    expect(() => buildProjectTree({ serverJs: "", scenario, library: { "package.json": "{}" } })).toThrow(/dist/);
    expect(() => buildProjectTree({ serverJs: "", scenario, library: { "package.json": "{}", "dist/../../evil.js": "" } })).toThrow(/invalid/);
  });

  it("flattens to file paths for writing to disk", () => {
    const files = flattenTree(buildProjectTree({ serverJs: "s", scenario, library }));
    expect(Object.keys(files).sort()).toEqual([
      "client.js",
      "harness.js",
      "node_modules/background-tasks/dist/index.js",
      "node_modules/background-tasks/dist/internal/router.js",
      "node_modules/background-tasks/dist/node.js",
      "node_modules/background-tasks/package.json",
      "package.json",
      "scenario.json",
      "server.js",
    ]);
  });
});
