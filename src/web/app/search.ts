/** Autocomplete over `searchEntities`: type, move with the arrow keys, Enter to pick. */
import { type SearchHit, searchEntities } from "./api.js";
import { colorOf } from "./colors.js";
import { h } from "./dom.js";

const DEBOUNCE_MS = 150;
let instances = 0;

/** A combobox on an `<input>` with a listbox of matching entities. */
export class Autocomplete {
  private hits: SearchHit[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private shownQuery = "";
  private readonly list: HTMLUListElement;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly onPick: (hit: SearchHit) => void,
    private readonly onError: (error: unknown) => void = () => {},
  ) {
    const listId = `ac-list-${++instances}`;
    this.list = h("ul", { id: listId, role: "listbox", class: "ac-list", hidden: true });
    input.after(this.list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.autocomplete = "off";
    input.addEventListener("input", () => this.schedule());
    input.addEventListener("keydown", (event) => this.onKey(event));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    input.addEventListener("focus", () => {
      if (this.hits.length > 0) this.open();
    });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private async run(): Promise<void> {
    const query = this.input.value.trim();
    const generation = ++this.generation;
    if (query.length === 0) {
      this.hits = [];
      this.close();
      return;
    }
    try {
      const hits = await searchEntities(query);
      if (generation !== this.generation) return; // a newer keystroke won
      this.hits = hits;
      this.shownQuery = query;
      this.active = hits.length > 0 ? 0 : -1;
      this.render(query);
    } catch (error) {
      if (generation !== this.generation) return;
      this.hits = [];
      this.list.replaceChildren(
        h("li", { class: "ac-empty" }, "Search failed: the server did not answer."),
      );
      this.open();
      this.onError(error);
    }
  }

  private render(query: string): void {
    if (this.hits.length === 0) {
      this.list.replaceChildren(
        h(
          "li",
          { class: "ac-empty", role: "option", "aria-disabled": "true" },
          `Nothing found for “${query}”`,
        ),
      );
      this.input.removeAttribute("aria-activedescendant");
      this.open();
      return;
    }
    const base = this.list.id;
    this.list.replaceChildren(
      ...this.hits.map((hit, index) =>
        h(
          "li",
          {
            id: `${base}-${index}`,
            role: "option",
            class: "ac-item",
            "aria-selected": index === this.active ? "true" : "false",
            "data-entity-id": hit.entity.id,
            onmousedown: (event: Event) => {
              event.preventDefault(); // keep focus in the input
              this.pick(index);
            },
          },
          h("span", { class: "dot", style: `background:${colorOf(hit.entity.type)}` }),
          h("span", { class: "ac-name" }, hit.entity.name),
          hit.matchedText && hit.matchedText !== hit.entity.name
            ? h("span", { class: "ac-alias" }, `“${hit.matchedText}”`)
            : null,
          h(
            "span",
            { class: "ac-type" },
            `${hit.entity.type.toLowerCase()} · ${hit.entity.mentionCount}`,
          ),
        ),
      ),
    );
    this.updateActive();
    this.open();
  }

  private updateActive(): void {
    const items = this.list.querySelectorAll<HTMLLIElement>(".ac-item");
    items.forEach((item, index) => {
      item.setAttribute("aria-selected", index === this.active ? "true" : "false");
    });
    const current = items[this.active];
    if (current) {
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.hits.length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      if (this.list.hidden) this.open();
      this.active = (this.active + 1) % count;
      this.updateActive();
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      this.active = (this.active - 1 + count) % count;
      this.updateActive();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.input.value.trim() !== this.shownQuery) {
        // Enter before the debounce fired: search now, then pick the top hit.
        clearTimeout(this.timer);
        void this.run().then(() => this.pick(0));
      } else {
        this.pick(Math.max(this.active, 0));
      }
    } else if (event.key === "Escape") {
      this.close();
    }
  }

  private pick(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.input.value = hit.entity.name;
    this.close();
    this.onPick(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  /** Hides the list. */
  close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }

  /** Sets the text without searching (e.g. after the URL chose the entity). */
  setText(text: string): void {
    this.input.value = text;
  }
}
