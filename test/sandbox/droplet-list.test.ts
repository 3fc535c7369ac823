import { startSandbox } from '../../sandbox';
import { call } from './client';
import { useSandbox } from './fixture';

describe('listing droplets', () => {
	describe('in an account of 450 droplets', () => {
		const fixture = useSandbox({ seedDroplets: false });
		beforeEach(() => {
			fixture.sandbox.addDroplets(450);
		});

		it('gives every droplet once over three pages of 200, with absolute page links', async () => {
			const { url } = fixture.sandbox;
			const first = await call(fixture.sandbox, '/v2/droplets?per_page=200');
			const second = await call(fixture.sandbox, '/v2/droplets?page=2&per_page=200');
			const third = await call(fixture.sandbox, '/v2/droplets?page=3&per_page=200');

			expect(first.body.meta).toEqual({ total: 450 });
			expect(first.body.links).toEqual({
				pages: {
					next: `${url}/v2/droplets?page=2&per_page=200`,
					last: `${url}/v2/droplets?page=3&per_page=200`,
				},
			});
			expect(second.body.links.pages).toEqual({
				first: `${url}/v2/droplets?page=1&per_page=200`,
				prev: `${url}/v2/droplets?page=1&per_page=200`,
				next: `${url}/v2/droplets?page=3&per_page=200`,
				last: `${url}/v2/droplets?page=3&per_page=200`,
			});
			expect(third.body.links.pages).toEqual({
				first: `${url}/v2/droplets?page=1&per_page=200`,
				prev: `${url}/v2/droplets?page=2&per_page=200`,
			});

			const pages = [first, second, third].map((answer) => answer.body.droplets.length);
			expect(pages).toEqual([200, 200, 50]);
			const ids = [first, second, third].flatMap((answer) =>
				answer.body.droplets.map((d: any) => d.id),
			);
			expect(new Set(ids).size).toBe(450);
		});

		it('answers 20 per page by default', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets');

			expect(answer.body.droplets).toHaveLength(20);
			expect(answer.body.links.pages.last).toBe(
				`${fixture.sandbox.url}/v2/droplets?page=23&per_page=20`,
			);
		});

		it('answers per_page=50 with exactly 50 droplets: the API has no limit parameter', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets?per_page=50');

			expect(answer.body.droplets).toHaveLength(50);
			expect(answer.body.droplets[0].name).toBe('bulk-001');
		});

		it('caps per_page at 200 and reports the request as off-spec', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets?per_page=500');

			expect(answer.body.droplets).toHaveLength(200);
			const [mismatch] = fixture.sandbox.spec.takeMismatches();
			expect(mismatch).toMatchObject({ direction: 'request', operationId: 'droplets_list' });
			expect(mismatch.errors).toEqual(['/query/per_page must be <= 200']);
		});

		it('answers an empty page past the end, pointing back', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets?page=9&per_page=200');

			expect(answer.body.droplets).toEqual([]);
			expect(answer.body.meta.total).toBe(450);
			expect(answer.body.links.pages.prev).toBe(
				`${fixture.sandbox.url}/v2/droplets?page=3&per_page=200`,
			);
		});
	});

	describe('in the seeded account', () => {
		const fixture = useSandbox();

		it('filters by tag, URL-encoded, and keeps the filter in page links', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets?tag_name=env%3Aprod&per_page=1');

			expect(answer.body.droplets.map((d: any) => d.id)).toEqual([3164444]);
			expect(answer.body.meta.total).toBe(2);
			expect(answer.body.links.pages.next).toBe(
				`${fixture.sandbox.url}/v2/droplets?page=2&per_page=1&tag_name=env%3Aprod`,
			);
		});

		it('filters by exact name, ignoring case', async () => {
			const exact = await call(fixture.sandbox, '/v2/droplets?name=EXAMPLE.com');
			const partial = await call(fixture.sandbox, '/v2/droplets?name=example');

			expect(exact.body.droplets.map((d: any) => d.id)).toEqual([3164444]);
			expect(partial.body.droplets).toEqual([]);
			expect(partial.body.meta.total).toBe(0);
		});

		it('refuses tag_name with name, which the spec says cannot be combined', async () => {
			const answer = await call(
				fixture.sandbox,
				'/v2/droplets?tag_name=env%3Aprod&name=example.com',
			);

			expect(answer.status).toBe(400);
			expect(answer.body).toMatchObject({
				id: 'bad_request',
				message: 'The tag_name parameter can not be combined with name or type.',
			});
		});

		it('answers a single page with empty links', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets');

			expect(answer.body.links).toEqual({});
			expect(answer.body.meta).toEqual({ total: 4 });
			expect(answer.body.droplets.map((d: any) => [d.name, d.status])).toEqual([
				['example.com', 'active'],
				['assets.example.com', 'active'],
				['stage.example.com', 'active'],
				['worker-01.example.com', 'off'],
			]);
		});

		it('answers a droplet in the API shape, wrapped in `droplet`', async () => {
			const answer = await call(fixture.sandbox, '/v2/droplets/3164444');

			expect(answer.status).toBe(200);
			expect(answer.body.droplet).toMatchObject({
				id: 3164444,
				name: 'example.com',
				status: 'active',
				size_slug: 's-1vcpu-1gb',
				region: { slug: 'nyc3', available: true },
				image: { slug: 'ubuntu-20-04-x64', id: 63663980 },
				tags: ['web', 'env:prod'],
				vpc_uuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000',
			});
			expect(answer.body.droplet.networks.v4.map((n: any) => n.type)).toEqual([
				'private',
				'public',
			]);
			expect(answer.body.droplet.networks.v6).toHaveLength(1);
		});

		it('answers 404 for an unknown or malformed droplet id', async () => {
			const unknown = await call(fixture.sandbox, '/v2/droplets/999');
			const malformed = await call(fixture.sandbox, '/v2/droplets/web-1');

			expect(unknown.status).toBe(404);
			expect(malformed.status).toBe(404);
			expect(unknown.body.id).toBe('not_found');
			const mismatches = fixture.sandbox.spec.takeMismatches();
			expect(mismatches).toHaveLength(1);
			expect(mismatches[0].errors).toEqual(['/path/droplet_id must be integer']);
		});
	});

	it('lists 10,000 droplets added without HTTP in 50 pages', async () => {
		const sandbox = await startSandbox({ seedDroplets: false });
		try {
			const started = Date.now();
			sandbox.addDroplets(10_000, {
				tags: (index) => (index % 2 ? ['env:prod'] : ['env:staging']),
			});
			expect(Date.now() - started).toBeLessThan(2000);

			const last = await call(sandbox, '/v2/droplets?page=50&per_page=200');
			const tagged = await call(sandbox, '/v2/droplets?tag_name=env%3Aprod&per_page=1');

			expect(last.body.droplets).toHaveLength(200);
			expect(last.body.droplets[199].name).toBe('bulk-10000');
			expect(tagged.body.meta.total).toBe(5000);
			expect(sandbox.spec.mismatches).toEqual([]);
		} finally {
			await sandbox.close();
		}
	});
});
