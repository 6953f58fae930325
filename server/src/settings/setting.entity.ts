import { Entity, JsonType, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One server setting. A setting without a row has its default (see settings.service.ts). */
@Entity({ tableName: 'settings' })
export class Setting {
  [OptionalProps]?: 'updatedAt' | 'updatedBy';

  @PrimaryKey({ type: 'text' })
  key!: string;

  @Property({ type: JsonType })
  value!: unknown;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();

  /** Username of the administrator who last changed it. */
  @Property({ type: 'text', nullable: true })
  updatedBy: string | null = null;
}
