import path from 'node:path';
import { cruiseProject } from '../depcruise/run';
import { judgeEdge, layerOf, type LayerModel } from '../layers';
import { UsageError } from './errors';
import { findDepcruiseConfig, projectLayers, sourceRoots } from './project';
import { withProgress, type Progress } from './progress';

export type GraphFormat = 'mermaid' | 'dot';

interface LayerEdge {
  readonly from: string;
  readonly to: string;
  count: number;
  violations: number;
}

/** Edges between layers with their counts, from every import dependency-cruiser sees. */
async function layerEdges(dir: string, progress: Progress): Promise<{ model: LayerModel; edges: LayerEdge[] }> {
  const layers = projectLayers(dir);
  const { model } = layers;
  const config = findDepcruiseConfig(dir);
  if (config === undefined) throw new UsageError(`${dir} has no .dependency-cruiser config: run \`groundwork init\` first`);
  const roots = sourceRoots(layers);
  const outcome = await withProgress(progress, `cruising ${roots.join(', ')}`, () => cruiseProject(dir, path.basename(config), roots), (o) => `cruised ${o.modulesCruised} modules`);
  const byPair = new Map<string, LayerEdge>();
  for (const edge of outcome.edges) {
    if (!edge.resolved) continue;
    const from = layerOf(model, edge.from);
    const to = layerOf(model, edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from.name}\0${to.name}`;
    const entry = byPair.get(key) ?? { from: from.name, to: to.name, count: 0, violations: 0 };
    entry.count += 1;
    if (!judgeEdge(model, from, to, edge.typeOnly).allowed) entry.violations += 1;
    byPair.set(key, entry);
  }
  return { model, edges: [...byPair.values()].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)) };
}

const imports = (n: number): string => `${n} import${n === 1 ? '' : 's'}`;

function mermaid(model: LayerModel, edges: readonly LayerEdge[]): string {
  const lines = ['flowchart TD'];
  for (const layer of model.layers) lines.push(`  ${layer.name}[${layer.name}]`);
  const violating: number[] = [];
  edges.forEach((e, i) => {
    const label = e.violations > 0 ? `${imports(e.count)}, ${e.violations} forbidden` : imports(e.count);
    lines.push(`  ${e.from} ${e.violations > 0 ? '-.->' : '-->'}|${label}| ${e.to}`);
    if (e.violations > 0) violating.push(i);
  });
  if (violating.length > 0) lines.push(`  linkStyle ${violating.join(',')} stroke:#d33,stroke-width:2px,color:#d33`);
  return lines.join('\n');
}

function dot(model: LayerModel, edges: readonly LayerEdge[]): string {
  const lines = ['digraph layers {', '  rankdir=TB;', '  node [shape=box, style=rounded];'];
  for (const layer of model.layers) lines.push(`  "${layer.name}";`);
  for (const e of edges) {
    const attributes =
      e.violations > 0
        ? `label="${imports(e.count)}, ${e.violations} forbidden", color="#dd3333", fontcolor="#dd3333", style=dashed`
        : `label="${imports(e.count)}"`;
    lines.push(`  "${e.from}" -> "${e.to}" [${attributes}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** The layer diagram: Mermaid (renders on GitHub) or DOT, forbidden edges dashed and red. */
export async function graph(dir: string, format: GraphFormat, progress: Progress = () => undefined): Promise<string> {
  const { model, edges } = await layerEdges(dir, progress);
  return format === 'dot' ? dot(model, edges) : mermaid(model, edges);
}
