import { Badge, Button, Heading, Input, Table, Text, toast } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelListingBody, ListingReadiness } from '@nguongoc/contracts';
import { sdk, useFailureToast } from '../lib/sdk';
import { FindingList } from './finding-list';

const warnings = (listing: ListingReadiness) =>
  listing.findings.filter((finding) => finding.severity === 'warning').length;

/**
 * Each product on one exchange: meets the rules or not (and why), its listing, its live URL.
 * "Đạt quy định" means no error-level finding; a ready listing's warnings are counted beside it
 * in orange, so that a line of the findings never reads as a refusal.
 */
export function ChannelListingsTable({
  cooperativeId,
  listings,
}: {
  cooperativeId: string;
  listings: ListingReadiness[];
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-col gap-3 py-4">
      <Heading level="h2" className="px-6">
        {t('nguongoc.channels.readiness.heading')}
      </Heading>
      {listings.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6">
          {t('nguongoc.channels.readiness.none')}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t('nguongoc.channels.readiness.product')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.readiness.state')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.readiness.findings')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.readiness.liveUrl')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {listings.map((listing) => (
              <Table.Row
                key={listing.product_id}
                data-testid={`nguongoc-listing-${listing.sku}`}
                className="[&_td]:py-2 [&_td]:align-top"
              >
                <Table.Cell className="whitespace-normal">
                  <Text size="small" weight="plus">
                    {listing.title}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {listing.sku}
                  </Text>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col items-start gap-1">
                    <Badge size="2xsmall" color={listing.ready ? 'green' : 'red'}>
                      {t(`nguongoc.channels.readiness.${listing.ready ? 'ready' : 'notReady'}`)}
                    </Badge>
                    <Badge size="2xsmall" color="grey">
                      {t(`nguongoc.channels.status.${listing.status}`)}
                    </Badge>
                    {listing.ready && warnings(listing) > 0 && (
                      <Badge size="2xsmall" color="orange">
                        {t('nguongoc.channels.readiness.notes', { count: warnings(listing) })}
                      </Badge>
                    )}
                    {listing.stale && (
                      <Badge size="2xsmall" color="orange">
                        {t('nguongoc.channels.readiness.stale')}
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="whitespace-normal">
                  {listing.findings.length === 0 ? (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {t('nguongoc.channels.readiness.fine')}
                    </Text>
                  ) : (
                    <FindingList findings={listing.findings} productId={listing.product_id} />
                  )}
                </Table.Cell>
                <Table.Cell>
                  <LiveUrlForm cooperativeId={cooperativeId} listing={listing} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}

/** Pastes the address the exchange gave the listing once it went live. */
function LiveUrlForm({
  cooperativeId,
  listing,
}: {
  cooperativeId: string;
  listing: ListingReadiness;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(listing.external_url ?? '');
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/channel-listings/${listing.listing_id}`, {
        method: 'POST',
        body: { external_url: url.trim() || null } satisfies ChannelListingBody,
      }),
    onSuccess: async () => {
      toast.success(t('nguongoc.channels.readiness.saved'));
      await queryClient.invalidateQueries({ queryKey: ['nguongoc', 'channels', cooperativeId] });
    },
    onError: useFailureToast(),
  });
  if (!listing.listing_id || listing.status === 'draft' || listing.status === 'error') {
    return (
      <Text size="xsmall" className="text-ui-fg-subtle">
        {t('nguongoc.channels.readiness.notExported')}
      </Text>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="flex min-w-64 gap-2" onSubmit={submit}>
      <Input
        size="small"
        type="url"
        pattern="https://.*"
        aria-label={t('nguongoc.channels.readiness.liveUrl')}
        placeholder="https://"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <Button type="submit" variant="secondary" size="small" isLoading={save.isPending}>
        {t('nguongoc.common.save')}
      </Button>
    </form>
  );
}
