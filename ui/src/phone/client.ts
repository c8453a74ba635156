// The phone's one way to the laptop: JSON over HTTP to the page's own
// address, with the participant's token. A 503 is retried after the time
// the laptop asks for; anything else that is not OK becomes a `Refused`
// with the code the laptop sent (the page adds the words); a network failure
// becomes `Offline`.
import type {
  AnswerValue,
  ErrorCode,
  Joined,
  JoinRequest,
  LiveAnswerRequest,
  LiveFinishOutcome,
  LiveRatingOutcome,
  LiveResultView,
  ParticipantState,
  Progress,
} from "../backend";
import type { Pending } from "./kept";

export class Offline extends Error {
  constructor() {
    super("offline");
  }
}

export class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
  ) {
    super(code);
  }
}

/** How long one request may take before the phone counts itself offline. */
const REQUEST_TIMEOUT_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  for (;;) {
    const headers: Record<string, string> = {};
    if (token) headers["Authorization"] = `Bearer ${token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response: Response;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        cache: "no-store",
        credentials: "omit",
        signal: controller.signal,
      });
    } catch {
      throw new Offline();
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 503) {
      // The laptop is busy: wait as long as it asks (a little longer for
      // each phone, so they do not all come back at once).
      const seconds = Number(response.headers.get("Retry-After") ?? "1");
      await sleep((Number.isFinite(seconds) ? seconds : 1) * 1000 + Math.random() * 500);
      continue;
    }
    if (!response.ok) {
      let code: ErrorCode = "bad-request";
      try {
        code = ((await response.json()) as { code: ErrorCode }).code;
      } catch {
        // A response without a code (408 from a proxy, say).
      }
      throw new Refused(response.status, code);
    }
    return (await response.json()) as T;
  }
}

export const liveClient = {
  join: (code: string, name: string, pairing: string) =>
    call<Joined>("POST", "/api/join", null, { code, name, pairing } satisfies JoinRequest),
  me: (token: string) => call<ParticipantState>("GET", "/api/me", token),
  answer: (token: string, p: Pending) =>
    call<Progress>("PUT", `/api/answers/${encodeURIComponent(p.statement)}`, token, {
      value: p.value,
      seq: p.seq,
    } satisfies LiveAnswerRequest),
  finish: (token: string, language: string) =>
    call<LiveFinishOutcome>("POST", `/api/finish?language=${language}`, token),
  result: (token: string, language: string) =>
    call<LiveResultView>("GET", `/api/result?language=${language}`, token),
  situationAnswer: (token: string, statement: string, value: AnswerValue, seq: number) =>
    call<Progress>("PUT", `/api/situation/answers/${encodeURIComponent(statement)}`, token, {
      value,
      seq,
    } satisfies LiveAnswerRequest),
  situationFinish: (token: string) => call<LiveRatingOutcome>("POST", "/api/situation/finish", token),
  async participantFile(token: string): Promise<Blob> {
    let response: Response;
    try {
      response = await fetch("/api/participant-file", {
        headers: { Authorization: `Bearer ${token}` },
        cache: "no-store",
        credentials: "omit",
      });
    } catch {
      throw new Offline();
    }
    if (!response.ok) throw new Refused(response.status, "bad-request");
    return response.blob();
  },
};

export type LiveClient = typeof liveClient;
