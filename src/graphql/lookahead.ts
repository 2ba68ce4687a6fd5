/**
 * Looking ahead in a field's selection set (`info`), so a resolver can read in one statement
 * what the fields below it will ask for. A look-ahead only decides what to read early: a field
 * that was not foreseen still loads itself, so a wrong guess costs a read, never an answer.
 */
import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";

type Fragments = Record<string, FragmentDefinitionNode>;

/** Calls `visit` on each field directly in the selection sets, through fragments. */
function forEachField(
  fragments: Fragments,
  sets: readonly (SelectionSetNode | undefined)[],
  visit: (field: FieldNode) => void,
  seen: Set<string> = new Set(),
): void {
  for (const set of sets) {
    if (!set) continue;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT)
        forEachField(fragments, [selection.selectionSet], visit, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        forEachField(fragments, [fragments[selection.name.value]?.selectionSet], visit, seen);
      }
    }
  }
}

/** The fields called `name` directly under these field nodes (through fragments). */
export function childFieldsNamed(
  fragments: Fragments,
  nodes: readonly FieldNode[],
  name: string,
): FieldNode[] {
  const found: FieldNode[] = [];
  forEachField(
    fragments,
    nodes.map((node) => node.selectionSet),
    (field) => {
      if (field.name.value === name) found.push(field);
    },
  );
  return found;
}

/** True when a field with one of `names` appears anywhere under these field nodes, at most `depth` levels down. */
export function selectsFieldBelow(
  fragments: Fragments,
  nodes: readonly FieldNode[],
  names: ReadonlySet<string>,
  depth = 4,
): boolean {
  if (depth <= 0) return false;
  let found = false;
  const below: FieldNode[] = [];
  forEachField(
    fragments,
    nodes.map((node) => node.selectionSet),
    (field) => {
      if (names.has(field.name.value)) found = true;
      else if (field.selectionSet) below.push(field);
    },
  );
  return found || (below.length > 0 && selectsFieldBelow(fragments, below, names, depth - 1));
}

/**
 * What a selection may hold: each field it may select, with `true` (anything below it) or the
 * bound of its own selection.
 */
export interface SelectionBound {
  readonly [field: string]: SelectionBound | true;
}

/**
 * True when the selections under these field nodes (through fragments, at every level) stay
 * within `bound`. A field under @skip/@include counts as selected: a doubt answers false.
 */
export function selectsWithin(
  fragments: Fragments,
  nodes: readonly FieldNode[],
  bound: SelectionBound,
): boolean {
  let within = true;
  forEachField(
    fragments,
    nodes.map((node) => node.selectionSet),
    (field) => {
      if (!within) return;
      const name = field.name.value;
      const below = Object.hasOwn(bound, name) ? bound[name] : undefined;
      if (below === undefined) within = false;
      else if (below !== true && !selectsWithin(fragments, [field], below)) within = false;
    },
  );
  return within;
}
