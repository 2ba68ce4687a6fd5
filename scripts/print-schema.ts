// Writes schema/schema.graphql from the Pothos schema (types sorted); a test fails when it is stale.
import { writeFileSync } from "node:fs";
import { printSortedSchema } from "../src/graphql/schema.js";

writeFileSync(new URL("../schema/schema.graphql", import.meta.url), printSortedSchema());
console.log("wrote schema/schema.graphql");
