import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import type { TotalCount } from './total-count.js';

@ObjectType({ description: 'Relay-style page information; pages are read forward with `first` and `after`.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was read with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
  totalCountIsExact: boolean;
}

/** Declares `<Name>Edge` and `<Name>Connection` for a node type (Relay-style connections). */
export function connectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements Page<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description:
        'How many items match. Counted exactly when small (see totalCountIsExact); for large results an estimate from the database statistics, so that no page counts millions of rows.',
    })
    totalCount!: number;

    @Field(() => Boolean, { description: 'True when totalCount was counted; false when it is an estimate (more matches than are counted exactly).' })
    totalCountIsExact!: boolean;
  }

  return Connection;
}

/** Builds a page from rows fetched with one extra row, which tells whether a next page exists. */
export function toPage<T>(rows: T[], limit: number, total: TotalCount, cursorOf: (row: T) => string, after: string | null | undefined): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: !!after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total.count,
    totalCountIsExact: total.exact,
  };
}
