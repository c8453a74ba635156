//! Requests for how colleagues see a person, and the colleagues' answers.
//! A response is kept as its random key with its answers: no name, no time,
//! no order of arrival (read back ordered by the random key), so nothing
//! here can tell one colleague from another.

use std::collections::HashMap;

use rolspiegel_core::{ColleagueResponse, FeedbackRequest, RequestId};
use rusqlite::{params, Connection, OptionalExtension};

use crate::store::{insert_or_refuse, stored_answer, Store};
use crate::{Imported, StoreError};

impl Store {
    /// Stores a new request with its open questions. The caller checks the
    /// texts.
    pub fn add_request(&mut self, request: &FeedbackRequest) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let id = request.id.to_string();
        tx.execute(
            "INSERT INTO feedback_request (id, known_as, language, list_version, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                id,
                request.known_as,
                request.language,
                request.list_version,
                request.created_at
            ],
        )?;
        for (n, question) in (1i64..).zip(&request.questions) {
            tx.execute(
                "INSERT INTO feedback_question (request_id, position, text) VALUES (?1, ?2, ?3)",
                params![id, n, question],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Every request, newest first, with how many colleagues answered it.
    pub fn requests(&self) -> Result<Vec<(FeedbackRequest, usize)>, StoreError> {
        let mut questions = self.questions(None)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.known_as, r.language, r.list_version, r.created_at,
                    (SELECT count(*) FROM colleague_response c WHERE c.request_id = r.id)
             FROM feedback_request r ORDER BY r.created_at DESC, r.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u32>(3)?,
                r.get::<_, i64>(4)?,
                r.get::<_, i64>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, known_as, language, list_version, created_at, answered) = row?;
            let questions = questions.remove(&id).unwrap_or_default();
            Ok((
                FeedbackRequest {
                    id: request_id(&id)?,
                    known_as,
                    language,
                    list_version,
                    questions,
                    created_at,
                },
                usize::try_from(answered).unwrap_or(0),
            ))
        })
        .collect()
    }

    /// One request; `None` when there is none with this id.
    pub fn request(&self, id: RequestId) -> Result<Option<FeedbackRequest>, StoreError> {
        let text = id.to_string();
        let found = self
            .conn
            .query_row(
                "SELECT known_as, language, list_version, created_at
                 FROM feedback_request WHERE id = ?1",
                [&text],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, u32>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .optional()?;
        let Some((known_as, language, list_version, created_at)) = found else {
            return Ok(None);
        };
        let questions = self
            .questions(Some(&text))?
            .remove(&text)
            .unwrap_or_default();
        Ok(Some(FeedbackRequest {
            id,
            known_as,
            language,
            list_version,
            questions,
            created_at,
        }))
    }

    /// The open questions of one request or of all, by request id, in order.
    fn questions(&self, only: Option<&str>) -> Result<HashMap<String, Vec<String>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT request_id, text FROM feedback_question
             WHERE ?1 IS NULL OR request_id = ?1 ORDER BY request_id, position",
        )?;
        let mut out: HashMap<String, Vec<String>> = HashMap::new();
        let rows = stmt.query_map([only], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (id, text) = row?;
            out.entry(id).or_default().push(text);
        }
        Ok(out)
    }

    /// Adds one colleague's answers to a request: [`Imported::Added`], or
    /// [`Imported::AlreadyPresent`] when the same answers (same key, same
    /// content) came before, [`Imported::Conflict`] when the key came with
    /// other answers (kept as they were), [`Imported::Refused`] when a value
    /// is outside what the schema allows. The caller checks the answers
    /// against the request's list.
    pub fn add_response(
        &mut self,
        request: RequestId,
        response: &ColleagueResponse,
    ) -> Result<Imported, StoreError> {
        let id = request.to_string();
        let mut tx = self.conn.transaction()?;
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM feedback_request WHERE id = ?1)",
            [&id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::UnknownRequest(id));
        }
        if let Some(stored) = read_response(&tx, &id, &response.key)? {
            return Ok(if same_answers(&stored, response) {
                Imported::AlreadyPresent
            } else {
                Imported::Conflict
            });
        }
        let added = insert_or_refuse(&mut tx, |conn| insert_response(conn, &id, response))?;
        tx.commit()?;
        Ok(if added {
            Imported::Added
        } else {
            Imported::Refused
        })
    }

    /// The colleagues' answers to a request, in the order of their random
    /// keys (so not in the order they came).
    pub fn responses(&self, request: RequestId) -> Result<Vec<ColleagueResponse>, StoreError> {
        let id = request.to_string();
        let mut stmt = self.conn.prepare_cached(
            "SELECT response_key FROM colleague_response WHERE request_id = ?1
             ORDER BY response_key",
        )?;
        let keys = stmt
            .query_map([&id], |r| r.get::<_, Vec<u8>>(0))?
            .collect::<Result<Vec<_>, _>>()?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let key: [u8; 8] = key
                .try_into()
                .map_err(|_| StoreError::InvalidData("response key".into()))?;
            if let Some(response) = read_response(&self.conn, &id, &key)? {
                out.push(response);
            }
        }
        Ok(out)
    }

    /// Deletes a request with every answer to it.
    pub fn delete_request(&mut self, request: RequestId) -> Result<(), StoreError> {
        let id = request.to_string();
        let removed = self
            .conn
            .execute("DELETE FROM feedback_request WHERE id = ?1", [&id])?;
        if removed == 0 {
            return Err(StoreError::UnknownRequest(id));
        }
        self.forget_deleted();
        Ok(())
    }
}

fn request_id(text: &str) -> Result<RequestId, StoreError> {
    RequestId::parse(text).ok_or_else(|| StoreError::InvalidData(format!("request id {text}")))
}

fn insert_response(
    conn: &Connection,
    id: &str,
    response: &ColleagueResponse,
) -> Result<(), StoreError> {
    let key = response.key.as_slice();
    conn.execute(
        "INSERT INTO colleague_response (request_id, response_key) VALUES (?1, ?2)",
        params![id, key],
    )?;
    for (statement, answer) in &response.answers {
        conn.execute(
            "INSERT INTO colleague_answer (request_id, response_key, statement_id, value)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, key, statement, answer.value()],
        )?;
    }
    for (n, text) in (1i64..).zip(&response.open) {
        conn.execute(
            "INSERT INTO colleague_open_answer (request_id, response_key, position, text)
             VALUES (?1, ?2, ?3, ?4)",
            params![id, key, n, text],
        )?;
    }
    Ok(())
}

fn read_response(
    conn: &Connection,
    id: &str,
    key: &[u8; 8],
) -> Result<Option<ColleagueResponse>, StoreError> {
    let key_bytes = key.as_slice();
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM colleague_response
                        WHERE request_id = ?1 AND response_key = ?2)",
        params![id, key_bytes],
        |r| r.get(0),
    )?;
    if !exists {
        return Ok(None);
    }
    let mut answers = conn.prepare_cached(
        "SELECT statement_id, value FROM colleague_answer
         WHERE request_id = ?1 AND response_key = ?2 ORDER BY statement_id",
    )?;
    let answers = answers
        .query_map(params![id, key_bytes], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })?
        .map(|row| {
            let (statement, value) = row?;
            let answer = stored_answer(&statement, value)?;
            Ok((statement, answer))
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let mut open = conn.prepare_cached(
        "SELECT text FROM colleague_open_answer
         WHERE request_id = ?1 AND response_key = ?2 ORDER BY position",
    )?;
    let open = open
        .query_map(params![id, key_bytes], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(ColleagueResponse {
        key: *key,
        answers,
        open,
    }))
}

/// The same answers, whatever order the statements came in.
fn same_answers(stored: &ColleagueResponse, incoming: &ColleagueResponse) -> bool {
    let mut a = stored.answers.clone();
    let mut b = incoming.answers.clone();
    a.sort_by(|x, y| x.0.cmp(&y.0));
    b.sort_by(|x, y| x.0.cmp(&y.0));
    a == b && stored.open == incoming.open
}
