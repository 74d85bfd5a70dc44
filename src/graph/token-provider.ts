// Application tokens for Microsoft Graph: @azure/msal-node's client-credentials flow with a secret
// or a certificate. One ConfidentialClientApplication is reused, so its cache serves repeat calls.
import { ConfidentialClientApplication, type Configuration } from "@azure/msal-node";
import { msalNetworkClient } from "./msal-network.js";
import { withoutTrailingSlashes } from "./url.js";

export const GRAPH_SCOPE = "https://graph.microsoft.com/.default";

export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  certificate?: { thumbprintSha256: string; privateKey: string; x5c?: string };
  /** Defaults to https://login.microsoftonline.com. */
  authorityHost?: string;
  /**
   * The authority's OpenID configuration (JSON), so msal-node does not fetch it; with it, the
   * authority host is trusted as given (no instance discovery).
   */
  authorityMetadata?: string;
  /** Extra trusted certificate authorities (PEM) for the token endpoint. */
  ca?: string | Buffer;
}

export interface TokenSource {
  /** A Graph access token; `refresh` skips the cache (after Graph refused a token). */
  token(refresh?: boolean): Promise<string>;
}

export class MsalTokenSource implements TokenSource {
  private readonly app: ConfidentialClientApplication;

  constructor(credentials: GraphCredentials) {
    const host = withoutTrailingSlashes(credentials.authorityHost ?? "https://login.microsoftonline.com");
    if (!credentials.clientSecret && !credentials.certificate) throw new Error("Graph credentials need a client secret or a certificate");
    const auth: Configuration["auth"] = {
      clientId: credentials.clientId,
      authority: `${host}/${credentials.tenantId}`,
      ...(credentials.clientSecret ? { clientSecret: credentials.clientSecret } : {}),
      ...(credentials.certificate ? { clientCertificate: credentials.certificate } : {}),
      ...(credentials.authorityMetadata ? { authorityMetadata: credentials.authorityMetadata, knownAuthorities: [new URL(host).host] } : {}),
    };
    this.app = new ConfidentialClientApplication({
      auth,
      system: { networkClient: msalNetworkClient(credentials.ca ? { ca: credentials.ca } : {}) },
    });
  }

  async token(refresh = false): Promise<string> {
    const result = await this.app.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE], skipCache: refresh });
    if (!result?.accessToken) throw new Error("Microsoft Entra ID returned no access token");
    return result.accessToken;
  }
}
