// Several statements about one new row, sent to the database as one: on SQLite the
// statements one after another in one query (the connection's worker thread runs them all on
// one hand-off; `$n` and `?` arguments count across them), on PostgreSQL one statement whose
// data-modifying WITH clauses each do one of them (one round trip; the extended protocol
// takes one statement only). The first statement inserts the row and returns its id; the
// others name that id with `push_id`. On SQLite the batch also carries what the writer owes
// the connection before the write's statements (its savepoint, `group.rs`), so a batch must
// be its write's first statement.

struct Batch<'a> {
    q: QueryBuilder<Db>,
    statements: usize,
    /// The batch carries the writer's owed statements.
    carries: bool,
    /// How a later statement finds the first one's row: its table and a unique column, and
    /// the value the row has there (SQLite; PostgreSQL reads the first clause's output).
    find: (&'static str, &'static str, &'a str),
}

impl<'a> Batch<'a> {
    /// A batch of the write `c`, whose first statement inserts into `table` a row that
    /// `unique` (a unique column) finds by `value`.
    fn new(c: &mut Tx, table: &'static str, unique: &'static str, value: &'a str) -> Batch<'a> {
        let owed = if BATCH_AS_WITH { None } else { c.carry_owed() };
        Batch {
            q: QueryBuilder::new(owed.map(|o| format!("{o}; ")).unwrap_or_default()),
            statements: 0,
            carries: owed.is_some(),
            find: (table, unique, value),
        }
    }

    /// The id of the row the first statement inserted.
    fn push_id(&mut self) -> &mut QueryBuilder<Db> {
        if BATCH_AS_WITH {
            self.q.push("(SELECT id FROM s0)")
        } else {
            let (table, unique, value) = self.find;
            self.q.push(format_args!("(SELECT id FROM {table} WHERE {unique} = "));
            self.q.push_bind(value).push(")")
        }
    }

    /// Runs the batch; returns the first statement's id (it must end `RETURNING id`).
    async fn run(mut self, c: &mut Tx) -> Result<i64> {
        if BATCH_AS_WITH {
            self.q.push(") SELECT id FROM s0");
        }
        let conn = if self.carries {
            c.carrying()
        } else {
            c.conn().await?
        };
        // Every row is fetched so that every statement runs (a limit of one row would stop
        // SQLite's worker after the first).
        let rows = self.q.build().fetch_all(&mut *conn).await?;
        let row = rows
            .first()
            .ok_or_else(|| StoreError::Data("a batch inserted no row".into()))?;
        Ok(row.try_get(0)?)
    }
}

/// Statements pushed one after another: into a batch, or into a list run one by one.
trait Statements {
    /// Starts the next statement, `sql` its first words.
    fn next_statement(&mut self, sql: &str) -> &mut QueryBuilder<Db>;
}

impl Statements for Batch<'_> {
    fn next_statement(&mut self, sql: &str) -> &mut QueryBuilder<Db> {
        let n = self.statements;
        self.statements += 1;
        if BATCH_AS_WITH {
            let open = if n == 0 { "WITH s0 AS (" } else { "), " };
            self.q.push(open);
            if n > 0 {
                self.q.push(format_args!("s{n} AS ("));
            }
        } else if n > 0 {
            self.q.push("; ");
        }
        self.q.push(sql)
    }
}

impl Statements for Vec<QueryBuilder<Db>> {
    fn next_statement(&mut self, sql: &str) -> &mut QueryBuilder<Db> {
        self.push(QueryBuilder::new(sql));
        self.last_mut().expect("just pushed")
    }
}
