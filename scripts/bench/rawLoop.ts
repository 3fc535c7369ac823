import http from 'node:http';

/**
 * The floor outside n8n: the same GETs one after the other over one keep-alive connection,
 * with Node's http and nothing else. Answers with the total milliseconds.
 */
export async function rawKeepAliveLoop(
	baseUrl: string,
	token: string,
	paths: string[],
): Promise<number> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	const started = process.hrtime.bigint();
	try {
		for (const path of paths) await getJson(agent, `${baseUrl}${path}`, token);
	} finally {
		agent.destroy();
	}
	return Number(process.hrtime.bigint() - started) / 1e6;
}

function getJson(agent: http.Agent, url: string, token: string): Promise<unknown> {
	return new Promise((resolve, reject) => {
		const request = http.get(
			url,
			{ agent, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (text += chunk));
				response.on('end', () => {
					if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
					else resolve(JSON.parse(text));
				});
			},
		);
		request.on('error', reject);
	});
}
