import { call } from './client';
import { useSandbox } from './fixture';

describe('the account catalog', () => {
	const fixture = useSandbox();

	it('lists regions, one of them closed to new droplets', async () => {
		const answer = await call(fixture.sandbox, '/v2/regions');

		expect(answer.body.meta.total).toBe(12);
		const nyc2 = answer.body.regions.find((region: any) => region.slug === 'nyc2');
		expect(nyc2).toEqual(
			expect.objectContaining({ name: 'New York 2', available: false, sizes: [] }),
		);
		expect(answer.body.regions.filter((region: any) => region.available)).toHaveLength(11);
	});

	it('pages regions like every list', async () => {
		const answer = await call(fixture.sandbox, '/v2/regions?per_page=5&page=3');

		expect(answer.body.regions.map((region: any) => region.slug)).toEqual(['blr1', 'syd1']);
		expect(answer.body.links.pages).toEqual({
			first: `${fixture.sandbox.url}/v2/regions?page=1&per_page=5`,
			prev: `${fixture.sandbox.url}/v2/regions?page=2&per_page=5`,
		});
	});

	it('offers sizes that differ per region, consistently from both sides', async () => {
		const sizes = (await call(fixture.sandbox, '/v2/sizes?per_page=200')).body.sizes;
		const regions = (await call(fixture.sandbox, '/v2/regions?per_page=200')).body.regions;

		const sizesIn = (slug: string) => regions.find((region: any) => region.slug === slug).sizes;
		expect(sizesIn('tor1')).toContain('gpu-h100x1-80gb');
		expect(sizesIn('nyc1')).not.toContain('gpu-h100x1-80gb');
		expect(sizesIn('syd1')).not.toContain('c-2');
		for (const size of sizes) {
			for (const region of size.regions) expect(sizesIn(region)).toContain(size.slug);
		}
		expect(sizes.find((size: any) => size.slug === 's-1vcpu-1gb')).toMatchObject({
			memory: 1024,
			vcpus: 1,
			price_monthly: 6,
			price_hourly: 0.00893,
		});
	});

	it('filters images by distribution, application and the account’s own', async () => {
		const distributions = await call(fixture.sandbox, '/v2/images?type=distribution');
		const applications = await call(fixture.sandbox, '/v2/images?type=application');
		const snapshots = await call(fixture.sandbox, '/v2/images?private=true');

		expect(
			distributions.body.images.find((image: any) => image.slug === 'ubuntu-24-04-x64'),
		).toMatchObject({ id: 160232537, distribution: 'Ubuntu', public: true });
		expect(distributions.body.meta.total).toBe(6);
		expect(applications.body.images.map((image: any) => image.slug)).toEqual([
			'docker-20-04',
			'wordpress-20-04',
			'lamp-20-04',
		]);
		expect(snapshots.body.images.map((image: any) => [image.id, image.public, image.slug])).toEqual(
			[
				[7555620, false, null],
				[7555621, false, null],
			],
		);
	});

	it('lists SSH keys, with the laptop key of F9', async () => {
		const answer = await call(fixture.sandbox, '/v2/account/keys');

		expect(answer.body.ssh_keys).toContainEqual(
			expect.objectContaining({
				id: 512189,
				name: 'laptop',
				fingerprint: '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa',
			}),
		);
		expect(answer.body.meta.total).toBe(3);
	});

	it('lists a default VPC for each open region', async () => {
		const answer = await call(fixture.sandbox, '/v2/vpcs?per_page=50');
		const defaults = answer.body.vpcs.filter((vpc: any) => vpc.default);

		expect(defaults).toHaveLength(11);
		expect(defaults.map((vpc: any) => vpc.region)).not.toContain('nyc2');
		expect(answer.body.vpcs.find((vpc: any) => vpc.name === 'env.prod-vpc')).toMatchObject({
			region: 'nyc3',
			ip_range: '10.10.10.0/24',
			default: false,
		});
	});
});
