import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

export class DigitalOceanApi implements ICredentialType {
	name = 'digitalOceanApi';

	displayName = 'DigitalOcean API';

	icon = 'file:digitalOcean.svg' as const;

	documentationUrl = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'A personal access token from the DigitalOcean control panel (API > Tokens). Spaces or line breaks around it are ignored.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.digitalocean.com',
			description:
				'Where the API is reached. Keep the default unless you point the node at a local stand-in such as the sandbox shipped with this package.',
		},
	];

	/**
	 * Adds the bearer token to every request. A token pasted from a terminal or a password manager
	 * often carries a trailing newline, which DigitalOcean rejects, so it is trimmed. Written as a
	 * function rather than an expression: n8n evaluates expressions in a sandbox, which would cost
	 * every request (polls included) an evaluation.
	 */
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const token = String(credentials.token ?? '').trim();
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${token}` },
		};
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{ String($credentials.baseUrl).replace(/\\/+$/, "") }}',
			url: '/v2/account',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'DigitalOcean rejected the token (401 Unauthorized): check that it is complete, not expired or revoked, and create a new one under API > Tokens if needed',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'The token is valid but lacks the scope to read the account (403 Forbidden): give it at least account:read and droplet scopes',
				},
			},
		],
	};
}
