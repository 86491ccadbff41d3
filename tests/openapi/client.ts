// Code a client developer writes against the types openapi-typescript generates from the API description. It has to
// type-check, so the description keeps what a client needs: operation ids, request and response bodies, and a problem
// details body for every failure an operation can answer.
import type { components, operations } from "./generated/passage-api";

type Problem = components["schemas"]["ProblemDetails"];
type ValidationProblem = components["schemas"]["HttpValidationProblemDetails"];
type ProblemOf<Operation extends keyof operations, Status extends keyof operations[Operation]["responses"]> =
  operations[Operation]["responses"][Status] extends { content: { "application/problem+json": infer Body } } ? Body : "no application/problem+json body";
type IsProblem<T> = [T] extends [Problem] ? true : false;
type Assert<T extends true> = T;

type Me = operations["Me_GetMe"]["responses"][200]["content"]["application/json"];
type MoveRequest = operations["Cases_Move"]["requestBody"]["content"]["application/json"];
type Moved = operations["Cases_Move"]["responses"][200]["content"]["application/json"];
type MoveFailure =
  | ProblemOf<"Cases_Move", 400>
  | ProblemOf<"Cases_Move", 401>
  | ProblemOf<"Cases_Move", 404>
  | ProblemOf<"Cases_Move", 409>
  | ProblemOf<"Cases_Move", 422>;
type Registered = operations["Persons_Register"]["responses"][201]["content"]["application/json"];
type PossibleDuplicate = ProblemOf<"Persons_Register", 409>;
type Forbidden = ProblemOf<"Audit_Search", 403>;
export type FailuresAreProblems = Assert<IsProblem<MoveFailure | PossibleDuplicate | Forbidden>>;
export type VersionsAreNumbers = Assert<[Registered["version"]] extends [number] ? true : false>;

export class PassageClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async me(): Promise<Me> {
    const response = await this.send("GET", "/api/v1/me");
    if (!response.ok) {
      throw new Error(explain((await response.json()) as ProblemOf<"Me_GetMe", 401>));
    }

    const me = (await response.json()) as Me;
    console.log(`${me.userName}: ${me.roles.join(", ")}`);
    return me;
  }

  async moveCase(caseId: string, request: MoveRequest): Promise<Moved | MoveFailure> {
    const response = await this.send("POST", `/api/v1/cases/${caseId}/transitions`, request);
    return (await response.json()) as Moved | MoveFailure;
  }

  async register(person: operations["Persons_Register"]["requestBody"]["content"]["application/json"]): Promise<Registered> {
    const response = await this.send("POST", "/api/v1/persons", person);
    if (response.status === 409) {
      throw new Error(`Possible duplicate: ${explain((await response.json()) as PossibleDuplicate)}`);
    }

    return (await response.json()) as Registered;
  }

  private send(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(new URL(path, this.baseUrl), {
      method,
      headers: { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }
}

export function explain(problem: Problem | ValidationProblem | Forbidden): string {
  const fields = "errors" in problem && problem.errors ? Object.keys(problem.errors).join(", ") : "";
  return [problem.title, problem.detail, fields].filter(Boolean).join(" — ");
}
