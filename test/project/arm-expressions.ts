// Evaluates the ARM template expressions infra/azure.json uses ("[concat('api://', parameters('x'))]"),
// so a test can turn the template's app settings into the environment the server would see. Functions
// that ask Azure (reference, listKeys, uniqueString) answer with fixed stand-in values; any function this
// file does not know fails the test, so the template cannot use one the tests never evaluated.

type Value = unknown;

export interface ArmContext {
  parameters: Record<string, Value>;
  variables: Record<string, Value>;
}

const FIXED = {
  subscription: "00000000-0000-4000-8000-00000000005b",
  resourceGroup: { id: "/subscriptions/00000000-0000-4000-8000-00000000005b/resourceGroups/rg-coach", location: "westeurope", name: "rg-coach" },
};

function call(name: string, args: Value[], context: ArmContext): Value {
  const text = (i: number) => String(args[i]);
  switch (name) {
    case "parameters":
      if (!(text(0) in context.parameters)) throw new Error(`parameters('${text(0)}') has no value`);
      return context.parameters[text(0)];
    case "variables":
      if (!(text(0) in context.variables)) throw new Error(`variables('${text(0)}') is not declared`);
      return evaluate(context.variables[text(0)], context);
    case "concat":
      return args.map(String).join("");
    case "string":
      return String(args[0]);
    case "toLower":
      return text(0).toLowerCase();
    case "replace":
      return text(0).split(text(1)).join(text(2));
    case "take":
      return text(0).slice(0, Number(args[1]));
    case "uniqueString":
      return "u7k2m9q4x1z5a";
    case "resourceGroup":
      return FIXED.resourceGroup;
    case "environment":
      return { suffixes: { storage: "core.windows.net" } };
    case "resourceId":
      return `${FIXED.resourceGroup.id}/providers/${text(0)}/${args.slice(1).map(String).join("/")}`;
    case "reference":
      if (!text(0).includes("/Microsoft.Web/sites/")) throw new Error(`reference(${text(0)}) is not stood in for`);
      return { defaultHostName: `${text(0).split("/").pop()}.azurewebsites.net` };
    case "listKeys":
      return { keys: [{ value: "c3RvcmFnZS1rZXk=" }] };
    default:
      throw new Error(`ARM function ${name}() is not known to this evaluator`);
  }
}

/** Evaluates one template value: "[...]" strings as expressions, objects and arrays member by member. */
export function evaluate(value: Value, context: ArmContext): Value {
  if (typeof value === "string") return /^\[[^[]/.test(value) && value.endsWith("]") ? new Parser(value.slice(1, -1), context).whole() : value;
  if (Array.isArray(value)) return value.map((v) => evaluate(v, context));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v, context)]));
  return value;
}

class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly context: ArmContext,
  ) {}

  whole(): Value {
    const value = this.expression();
    this.space();
    if (this.at !== this.source.length) throw new Error(`unexpected "${this.source.slice(this.at)}" in [${this.source}]`);
    return value;
  }

  private space() {
    while (this.source[this.at] === " ") this.at++;
  }

  private expression(): Value {
    this.space();
    let value = this.primary();
    for (;;) {
      if (this.source[this.at] === ".") {
        this.at++;
        const name = this.identifier();
        value = (value as Record<string, Value>)[name];
      } else if (this.source[this.at] === "[") {
        this.at++;
        const index = this.expression();
        this.expect("]");
        value = (value as Record<string, Value>)[String(index)];
      } else return value;
    }
  }

  private primary(): Value {
    const c = this.source[this.at];
    if (c === "'") {
      const end = this.source.indexOf("'", this.at + 1);
      const text = this.source.slice(this.at + 1, end);
      this.at = end + 1;
      return text;
    }
    if (c !== undefined && /\d/.test(c)) {
      const digits = /^\d+/.exec(this.source.slice(this.at))![0];
      this.at += digits.length;
      return Number(digits);
    }
    const name = this.identifier();
    this.expect("(");
    const args: Value[] = [];
    this.space();
    while (this.source[this.at] !== ")") {
      args.push(this.expression());
      this.space();
      if (this.source[this.at] === ",") this.at++;
    }
    this.at++;
    return call(name, args, this.context);
  }

  private identifier(): string {
    const name = /^[a-z_]\w*/i.exec(this.source.slice(this.at))?.[0];
    if (!name) throw new Error(`expected a name at "${this.source.slice(this.at)}"`);
    this.at += name.length;
    return name;
  }

  private expect(c: string) {
    this.space();
    if (this.source[this.at] !== c) throw new Error(`expected "${c}" at "${this.source.slice(this.at)}"`);
    this.at++;
  }
}
