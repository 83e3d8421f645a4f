// Builds the web chat page's stylesheet from GOV.UK Frontend (installed by npm ci) into
// src/Bot/wwwroot/lib, which is not committed. Run by the Bot project's build.
import { compile } from "sass";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..", "..", "..");
const output = join(here, "..", "..", "..", "wwwroot", "lib");

const css = compile(join(here, "webchat.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div"],
}).css;

mkdirSync(output, { recursive: true });
writeFileSync(join(output, "webchat.css"), css);
console.log(`webchat.css: ${css.length} bytes`);
