import { defineRouteConfig } from '@medusajs/admin-sdk';
import { ExclamationCircle } from '@medusajs/icons';
import { Badge, Button, Container, Heading, Table, Text, Textarea, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PAYMENT_RESOLUTIONS,
  type PaymentNeedingAction,
  type PaymentResolution,
  paymentsNeedingActionAnswer,
} from '@nguongoc/contracts';
import { formatCount, formatDateTime, formatVnd } from '@nguongoc/vn-locale';
import { LabelledSelect } from '../../components/fields';
import { useLanguage } from '../../lib/language';
import { errorMessage, fetchAnswer, sdk, useFailureToast } from '../../lib/sdk';

/**
 * "Thanh toán cần xử lý": VNPay payments the shopper made that did not become an order (ADR
 * 034): refund them in VNPay's merchant portal or make the order by hand, then close them here
 * with a note (audited).
 */
function PaymentsNeedingActionPage() {
  const { t } = useTranslation();
  const p = (label: string) => t(`nguongoc.paymentsNeedingAction.${label}`);
  const list = useQuery({
    queryKey: ['nguongoc', 'payments-needing-action'],
    queryFn: () => fetchAnswer(paymentsNeedingActionAnswer, '/admin/payments/needing-action'),
    refetchOnMount: 'always',
  });
  const data = list.data;
  return (
    <Container className="divide-y p-0" data-testid="nguongoc-payments-needing-action">
      <div className="px-6 py-4">
        <Heading level="h1">
          {p('heading')}
          {data && (
            <Badge
              className="ml-2"
              color={data.count > 0 ? 'red' : 'green'}
              data-testid="nguongoc-payments-count"
            >
              {formatCount(data.count)}
            </Badge>
          )}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {p('subheading')}
        </Text>
      </div>
      {list.isPending && <Text className="px-6 py-4">{t('nguongoc.common.loading')}</Text>}
      {list.error && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(list.error)}</Text>}
      {data?.count === 0 && <Text className="text-ui-fg-subtle px-6 py-4">{p('none')}</Text>}
      {data && data.count > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{p('received')}</Table.HeaderCell>
              <Table.HeaderCell>{p('transaction')}</Table.HeaderCell>
              <Table.HeaderCell>{p('amount')}</Table.HeaderCell>
              <Table.HeaderCell>{p('reason')}</Table.HeaderCell>
              <Table.HeaderCell>{p('action')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.payments.map((payment) => (
              <PaymentRow key={payment.id} payment={payment} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  );
}

function PaymentRow({ payment }: { payment: PaymentNeedingAction }) {
  const { t } = useTranslation();
  const p = (label: string) => t(`nguongoc.paymentsNeedingAction.${label}`);
  const language = useLanguage();
  const queryClient = useQueryClient();
  const onError = useFailureToast();
  const [resolution, setResolution] = useState<PaymentResolution>('refunded');
  const [note, setNote] = useState('');
  const resolve = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/payments/needing-action/${payment.id}/resolve`, {
        method: 'POST',
        body: { resolution, note: note.trim() },
      }),
    onSuccess: async () => {
      toast.success(p('resolved'));
      await queryClient.invalidateQueries({ queryKey: ['nguongoc', 'payments-needing-action'] });
    },
    onError,
  });
  const reason = payment.reason ?? payment.outcome;
  return (
    <Table.Row data-testid={`nguongoc-payment-${payment.txn_ref}`}>
      <Table.Cell>{formatDateTime(payment.received_at, language)}</Table.Cell>
      <Table.Cell>
        <div className="font-mono text-xs">{payment.txn_ref}</div>
        <div className="text-ui-fg-subtle text-xs">
          VNPay {payment.transaction_no ?? '—'} · {payment.bank_code ?? ''} {payment.pay_date ?? ''}
        </div>
        {payment.cart_id && <div className="text-ui-fg-subtle text-xs">{payment.cart_id}</div>}
      </Table.Cell>
      <Table.Cell>{formatVnd(payment.amount_vnd)}</Table.Cell>
      <Table.Cell>{t(`nguongoc.paymentsNeedingAction.reasons.${reason}`, reason)}</Table.Cell>
      <Table.Cell>
        <div className="flex flex-col gap-2 py-2">
          <LabelledSelect
            id={`resolution-${payment.id}`}
            label={p('resolution')}
            choices={PAYMENT_RESOLUTIONS.map((value) => ({
              value,
              label: p(`resolutions.${value}`),
            }))}
            value={resolution}
            onChange={(event) => setResolution(event.target.value as PaymentResolution)}
          />
          <Textarea
            placeholder={p('note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            disabled={note.trim() === ''}
            isLoading={resolve.isPending}
            onClick={() => resolve.mutate()}
          >
            {p('resolve')}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  );
}

export const config = defineRouteConfig({
  label: 'nguongoc.paymentsNeedingAction.menu',
  translationNs: 'translation',
  icon: ExclamationCircle,
});

export default PaymentsNeedingActionPage;
