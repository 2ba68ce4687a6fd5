/**
 * docker-compose.yml (issue 13, item 5) cannot be started here (no Docker), so it is checked as
 * data: the services it must run, that every `kg` command it starts exists with the options it
 * passes, that the kg services reach the postgres service with its credentials, and that the
 * proxy's config sends requests to the serve replicas on the port they listen on.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runKg } from "../helpers/cli.js";

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }> | string[];
  deploy?: { replicas?: number };
  profiles?: string[];
  ports?: string[];
  volumes?: string[];
}

const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;

/** The `kg` arguments a service runs (`node bin/kg.mjs …`, directly or through `sh -c`). */
function kgArguments(service: Service): string[] | undefined {
  const command = service.command ?? [];
  const words =
    command[0] === "sh" && command[1] === "-c" ? (command[2] ?? "").split(/\s+/) : command;
  const at = words.indexOf("bin/kg.mjs");
  return at < 0 ? undefined : words.slice(at + 1).filter((word) => !word.includes("$"));
}

const KG_SERVICES = Object.entries(services).filter(([, service]) => kgArguments(service));

describe("docker-compose.yml", () => {
  it("runs Postgres, migrations, two serve replicas behind a proxy, two workers and an optional watcher", () => {
    const commandOf = (name: string) => kgArguments(services[name] as Service)?.[0];
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(commandOf("migrate")).toBe("migrate");
    expect(commandOf("serve")).toBe("serve");
    expect(services.serve?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(commandOf("worker")).toBe("worker");
    expect(services.worker?.deploy?.replicas).toBeGreaterThanOrEqual(2);
    expect(commandOf("watch")).toBe("watch");
    // The watcher starts only when asked for (it needs FEEDS).
    expect(services.watch?.profiles).toEqual(["watch"]);
    expect(services.watch?.environment?.FEEDS).toBeDefined();
    // Only the proxy is published; the replicas are reached through it.
    expect(services.serve?.ports).toBeUndefined();
    expect(services.proxy?.ports).toEqual(["127.0.0.1:4000:4000"]);
  });

  it("points every kg service at the postgres service, after the migrations ran", () => {
    const db = services.postgres?.environment ?? {};
    const expected = `postgres://${db.POSTGRES_USER}:${db.POSTGRES_PASSWORD}@postgres:5432/${db.POSTGRES_DB}`;
    expect(KG_SERVICES.map(([name]) => name).sort()).toEqual([
      "migrate",
      "serve",
      "watch",
      "worker",
    ]);
    for (const [name, service] of KG_SERVICES) {
      expect(service.environment?.DATABASE_URL, name).toBe(expected);
      expect(existsSync(service.build ?? ""), name).toBe(true);
      const waitsFor = name === "migrate" ? "postgres" : "migrate";
      const condition = name === "migrate" ? "service_healthy" : "service_completed_successfully";
      expect(service.depends_on, name).toEqual({ [waitsFor]: { condition } });
    }
    for (const [name, service] of Object.entries(services)) {
      const needs = Array.isArray(service.depends_on)
        ? service.depends_on
        : Object.keys(service.depends_on ?? {});
      for (const other of needs)
        expect(Object.keys(services), `${name} → ${other}`).toContain(other);
    }
  });

  it("starts only kg commands and options that exist", async () => {
    const help = await runKg(["--help"]);
    expect(help.code).toBe(0);
    for (const [name, service] of KG_SERVICES) {
      const [command, ...args] = kgArguments(service) as string[];
      expect(help.stdout, name).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
      const own = await runKg([command as string, "--help"]);
      expect(own.code, name).toBe(0);
      for (const option of args.filter((arg) => arg.startsWith("--")))
        expect(own.stdout, `${name}: ${option}`).toContain(option);
    }
  }, 120_000);

  it("has the proxy send requests to every serve replica on the port they listen on", () => {
    const proxy = services.proxy as Service;
    expect(proxy.image).toMatch(/^caddy:\d/);
    const mount = (proxy.volumes ?? []).find((volume) => volume.includes("/etc/caddy/Caddyfile"));
    const file = mount?.split(":")[0] ?? "";
    expect(existsSync(path.resolve(file))).toBe(true);
    const caddyfile = readFileSync(file, "utf8");
    // Caddy re-reads the service's DNS name: one address per replica, so scaling needs no edit.
    const upstream = /dynamic a \{\s*name (\S+)\s*port (\d+)/.exec(caddyfile);
    expect(upstream?.[1]).toBe("serve");
    expect(upstream?.[2]).toBe(services.serve?.environment?.PORT);
    expect(services.serve?.environment?.HOST).toBe("0.0.0.0");
    // The proxy listens where its published port points.
    const published = proxy.ports?.[0]?.split(":").at(-1);
    expect(caddyfile).toMatch(new RegExp(`^:${published} \\{`, "m"));
    expect(proxy.depends_on).toEqual(["serve"]);
  });
});
