import { launchChromium, type ChromiumSession } from './chromium';
import { Editor } from './editor';
import { startStack, type Stack } from './stack';

/**
 * The editor's page about a community node asks the npm registry for the package's details;
 * the browser refuses it like any request off loopback, and the page does without.
 */
export const NPM_PACKAGE_LOOKUP = 'https://registry.npmjs.org/n8n-nodes-digitalocean';

export interface EditorSession {
	stack: Stack;
	browser: ChromiumSession;
	editor: Editor;
	close(): Promise<void>;
}

/** The sandbox, n8n and Chromium, signed in as the owner n8n was started with. */
export async function openEditorSession(): Promise<EditorSession> {
	const stack = await startStack();
	let browser: ChromiumSession | undefined;

	try {
		browser = await launchChromium();
		const editor = new Editor(browser.page, stack.server.url);
		await editor.signIn(stack.server.owner!);
		const opened = browser;
		return {
			stack,
			browser: opened,
			editor,
			close: async () => {
				await opened.close();
				await stack.stop();
			},
		};
	} catch (error) {
		await browser?.close();
		await stack.stop();
		throw error;
	}
}

/** Requests the page tried to send off loopback, other than the npm look-up n8n makes. */
export function unexpectedOutsideRequests(session: EditorSession): string[] {
	return session.browser.outsideRequests.filter((url) => url !== NPM_PACKAGE_LOOKUP);
}
