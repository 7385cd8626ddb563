/**
 * The single table's shape, shared by the local database set-up and by `infra/`, so the key
 * schema deployed to AWS can never drift from the one the code reads and writes.
 */
export const TableShape = {
  partitionKey: "pk",
  sortKey: "sk",
  /** Global secondary indexes, by name. Every key attribute is a string. */
  globalIndexes: {
    gsi1: { partitionKey: "gsi1pk", sortKey: "gsi1sk" },
    /**
     * The report fold's queue (`Keys.foldQueue`). A second index, not more prefixes on gsi1: a
     * response sits in the effects' pending entry on gsi1 and in the fold queue at the same
     * time, each leaving on its own schedule, and an item has one gsi1 key pair.
     */
    gsi2: { partitionKey: "gsi2pk", sortKey: "gsi2sk" },
  },
  /** Epoch seconds after which AWS may delete the item (a backstop to the purge job). */
  timeToLiveAttribute: "expiresAt",
} as const;

/** Every attribute named in a key, for `AttributeDefinitions`. */
export const keyAttributes = [
  TableShape.partitionKey,
  TableShape.sortKey,
  ...Object.values(TableShape.globalIndexes).flatMap((index) => [
    index.partitionKey,
    index.sortKey,
  ]),
];
