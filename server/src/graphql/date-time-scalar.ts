import { GraphQLError, GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** The years every store Custodian writes to can hold (PostgreSQL has no year 0; six-digit ISO years are JavaScript's alone). */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

function withinYears(value: Date): Date {
  const year = value.getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR)
    throw new GraphQLError(`The date-time ${value.toISOString()} is outside the years ${FIRST_YEAR} to ${LAST_YEAR}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value;
}

/**
 * DateTimeISO as graphql-scalars defines it, limited to years 1 to 9999, so that a date the
 * database cannot hold is refused as the request's fault wherever a date is accepted.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTimeISO.toConfig(),
  description: `${GraphQLDateTimeISO.description} Years 1 to 9999.`,
  parseValue: (value) => withinYears(GraphQLDateTimeISO.parseValue(value)),
  parseLiteral: (ast, variables) => withinYears(GraphQLDateTimeISO.parseLiteral(ast, variables)),
});
