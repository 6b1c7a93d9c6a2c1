/** The guest chat API for one lodging: a session kept in localStorage, REST to write, a WebSocket to hear. */
export interface ChatLine {
  id: string;
  author: "guest" | "assistant" | "staff";
  text: string;
}

interface Session {
  sessionId: string;
  token: string;
}

/** The chat asked the visitor to slow down (429): the widget says so kindly instead of "try again". */
export class ChatBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("chat answered 429");
  }
}

/** A receipt the chat refused: nothing waits for one (409), too large (413) or not an image/PDF (415). */
export class ReceiptRefusedError extends Error {
  constructor(readonly status: 409 | 413 | 415) {
    super(`chat refused the receipt (${status})`);
  }
}

/** Throws for an answer that is not ok; a 429 becomes a ChatBusyError carrying Retry-After. */
function assertOk(response: Response): void {
  if (response.status === 429) throw new ChatBusyError(Number(response.headers.get("retry-after")) || 60);
  if (!response.ok) throw new Error(`chat answered ${response.status}`);
}

export class ChatClient {
  private session: Session | null;
  private socket: WebSocket | null = null;
  private retry = 0;
  private readonly storageKey: string;

  constructor(
    private readonly base: string,
    private readonly tenantSlug: string,
    private readonly lang: string,
    private readonly onLine: (line: ChatLine) => void,
    private readonly onConnection: (open: boolean) => void,
  ) {
    this.storageKey = `posada-chat:${tenantSlug}`;
    const saved = localStorage.getItem(this.storageKey);
    this.session = saved ? (JSON.parse(saved) as Session) : null;
  }

  get live(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Restores an earlier conversation (after a reload) and starts listening. */
  async resume(): Promise<void> {
    if (!this.session) return;
    const response = await fetch(this.url(`/sessions/${this.session.sessionId}/messages`), { headers: this.auth() });
    if (response.status === 401) {
      this.forget();
      return;
    }
    if (response.ok) for (const line of ((await response.json()) as { data: ChatLine[] }).data) this.onLine(line);
    this.listen();
  }

  /** Sends the guest's text; replies arrive over the socket, or in the answer when it is down. */
  async send(text: string): Promise<void> {
    const session = await this.ensureSession();
    const response = await fetch(this.url(`/sessions/${session.sessionId}/messages`), {
      method: "POST",
      headers: { ...this.auth(), "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    assertOk(response);
    const { replies } = (await response.json()) as { replies: { text: string }[] };
    if (!this.live) replies.forEach((reply, index) => this.onLine({ id: `rest-${Date.now()}-${index}`, author: "assistant", text: reply.text }));
  }

  /** Sends a transfer receipt (the file itself, its type as Content-Type); the replies come as for a message. */
  async sendReceipt(file: File): Promise<void> {
    const session = await this.ensureSession();
    const response = await fetch(this.url(`/sessions/${session.sessionId}/receipts`), {
      method: "POST",
      headers: { ...this.auth(), "content-type": file.type || "application/octet-stream" },
      body: file,
    });
    if (response.status === 409 || response.status === 413 || response.status === 415) throw new ReceiptRefusedError(response.status);
    assertOk(response);
    const { replies } = (await response.json()) as { replies: { text: string }[] };
    if (!this.live) replies.forEach((reply, index) => this.onLine({ id: `rest-${Date.now()}-${index}`, author: "assistant", text: reply.text }));
  }

  close(): void {
    this.socket?.close();
    this.socket = null;
  }

  private async ensureSession(): Promise<Session> {
    if (this.session) return this.session;
    const response = await fetch(this.url("/sessions"), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ lang: this.lang }) });
    assertOk(response);
    this.session = (await response.json()) as Session;
    localStorage.setItem(this.storageKey, JSON.stringify(this.session));
    this.listen();
    return this.session;
  }

  private listen(): void {
    if (!this.session || this.socket) return;
    const url = new URL(this.url(`/sessions/${this.session.sessionId}/ws`));
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("token", this.session.token);
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.onConnection(true);
    };
    socket.onmessage = (event) => {
      const payload = JSON.parse(String(event.data)) as { type?: string; message?: ChatLine };
      if (payload.type === "message" && payload.message) this.onLine(payload.message);
    };
    socket.onclose = () => {
      this.socket = null;
      this.onConnection(false);
      this.retry += 1;
      setTimeout(() => this.listen(), Math.min(30_000, 1000 * 2 ** this.retry));
    };
  }

  private forget(): void {
    localStorage.removeItem(this.storageKey);
    this.session = null;
  }

  private auth(): Record<string, string> {
    return this.session ? { authorization: `Bearer ${this.session.token}` } : {};
  }

  private url(path: string): string {
    return `${this.base}/chat/${encodeURIComponent(this.tenantSlug)}${path}`;
  }
}
