import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
} from 'graphql';

/** How big an operation is: how deep its fields nest, what it costs to answer, how many root fields it asks. */
export interface OperationMeasure {
  depth: number;
  cost: number;
  rootFields: number;
}

/** What a field costs on its own, before what it selects; fields not listed cost 1. Keyed `Type.field`. */
export type FieldCosts = Readonly<Record<string, number>>;

interface Measure {
  depth: number;
  cost: number;
}

// A list field with no `first` argument given answers its default page, or this many items.
const DEFAULT_LIST_SIZE = 50;

/**
 * Measures an operation in time linear in the size of the document: each fragment is measured
 * once, whatever number of times it is spread (a fragment spread twice by the next, many levels
 * deep, would otherwise take time exponential in the document's size). A list field multiplies
 * the cost of what it selects by its page size (`first`, from the document or the variables).
 * Fragment cycles count as nothing here: validation refuses them.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  costs: FieldCosts,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, Measure | 'measuring'>();

  const fragment = (name: string): Measure => {
    const known = measured.get(name);
    if (known === 'measuring') return { depth: 0, cost: 0 };
    if (known) return known;
    const definition = fragments.get(name);
    const type = definition && schema.getType(definition.typeCondition.name.value);
    if (!definition || !type) return { depth: 0, cost: 0 };
    measured.set(name, 'measuring');
    const result = selections(definition.selectionSet, type);
    measured.set(name, result);
    return result;
  };

  const selections = (set: SelectionSetNode, parent: GraphQLNamedType): Measure => {
    let depth = 0;
    let cost = 0;
    for (const selection of set.selections) {
      let child: Measure;
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(schema, parent, selection.name.value);
        const type = field && getNamedType(field.type);
        const below = selection.selectionSet && type && isCompositeType(type) ? selections(selection.selectionSet, type) : { depth: 0, cost: 0 };
        const own = costs[`${parent.name}.${selection.name.value}`] ?? 1;
        child = { depth: below.depth + 1, cost: own + pageSize(field, selection.arguments ?? [], variables) * below.cost };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        child = type ? selections(selection.selectionSet, type) : { depth: 0, cost: 0 };
      } else {
        child = fragment(selection.name.value);
      }
      depth = Math.max(depth, child.depth);
      cost += child.cost;
    }
    return { depth, cost };
  };

  const root = schema.getRootType(operation.operation);
  const measure = root ? selections(operation.selectionSet, root) : { depth: 0, cost: 0 };
  return { ...measure, rootFields: rootFieldCount(operation.selectionSet, fragments, new Set()) };
}

function fieldOf(schema: GraphQLSchema, parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/** The number of items a field answers with: its `first` argument, given or defaulted, or 1 for fields that are not pages. */
function pageSize(
  field: GraphQLField<unknown, unknown> | undefined,
  args: readonly { name: { value: string }; value: Parameters<typeof valueFromASTUntyped>[0] }[],
  variables: Readonly<Record<string, unknown>>,
): number {
  const first = field?.args.find((arg) => arg.name === 'first');
  if (!first) return 1;
  const given = args.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromASTUntyped(given.value, variables) : first.defaultValue;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : DEFAULT_LIST_SIZE;
}

/** Root fields, counting those that fragments spread at the root bring (each fragment once). */
function rootFieldCount(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count++;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const definition = fragments.get(selection.name.value);
      if (definition) count += rootFieldCount(definition.selectionSet, fragments, seen);
    }
  }
  return count;
}
