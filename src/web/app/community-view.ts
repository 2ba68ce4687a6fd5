/** Colour by community: finds the drawn graph's communities, colours nodes and lists them. */
import { graph } from "./canvas.js";
import { colorOf } from "./colors.js";
import { COMMUNITY_COLORS, communityColor, detectCommunities } from "./communities.js";
import { byId, h } from "./dom.js";
import { session } from "./session.js";

/** Colours the drawn nodes by type or by community, as the state says, and fills the legend. */
export function applyColors(): void {
  const cy = graph.cy;
  const legend = byId("community-legend");
  if (session.state.colorBy !== "community") {
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        node.data("color", colorOf(node.data("type")));
        node.removeData("community");
      });
    });
    legend.replaceChildren();
    legend.hidden = true;
    return;
  }
  const communities = detectCommunities(
    cy.nodes().map((node) => ({
      id: node.id(),
      label: node.data("label"),
      mentionCount: graph.node(node.id())?.mentionCount ?? 0,
    })),
    cy.edges().map((edge) => ({
      source: edge.source().id(),
      target: edge.target().id(),
      weight: graph.edge(edge.id())?.weight ?? 1,
    })),
  );
  cy.batch(() => {
    for (const community of communities)
      for (const id of community.members) {
        const node = cy.getElementById(id);
        node.data("color", communityColor(community.index));
        node.data("community", community.index);
      }
  });
  // Those with a colour of their own are listed; the rest share grey and one line.
  const listed = communities.slice(0, COMMUNITY_COLORS.length);
  const rest = communities.length - listed.length;
  legend.replaceChildren(
    ...listed.map((community) =>
      h(
        "li",
        { "data-community": community.index },
        h("span", { class: "dot", style: `background:${communityColor(community.index)}` }),
        `${community.label} (${community.members.length})`,
      ),
    ),
    ...(rest > 0 ? [h("li", { class: "rest" }, `${rest} more, grey`)] : []),
  );
  legend.hidden = false;
}
