import { Button, Heading, Label, Table, Text, toast } from '@medusajs/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ExchangeId,
  type ImportProblem,
  type OrderImportSummary,
  orderImportAnswer,
  orderImportsAnswer,
} from '@nguongoc/contracts';
import { formatDateTime } from '@nguongoc/vn-locale';
import { useLanguage } from '../lib/language';
import { fetchAnswer, useFailureToast } from '../lib/sdk';
import { findingText } from './finding-list';

const COUNTS = [
  ['rows_read', 'rowsRead'],
  ['rows_kept', 'rowsKept'],
  ['lines_created', 'created'],
  ['lines_updated', 'updated'],
  ['lines_unchanged', 'unchanged'],
] as const;

/**
 * Uploads the exchange's order export into the sales ledger and shows what was kept and every
 * refused row (row, column, reason); below, the earlier imports.
 */
export function ChannelOrderImport({
  cooperativeId,
  exchange,
}: {
  cooperativeId: string;
  exchange: ExchangeId;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const path = `/admin/cooperatives/${cooperativeId}/channels/${exchange}/order-imports`;
  const pastKey = ['nguongoc', 'order-imports', cooperativeId, exchange];
  const past = useQuery({
    queryKey: pastKey,
    queryFn: () => fetchAnswer(orderImportsAnswer, path),
  });
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      // The file as it is, in a form: the browser sets the multipart content type.
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      return fetchAnswer(orderImportAnswer, path, {
        method: 'POST',
        headers: { 'content-type': null },
        body: form,
      });
    },
    onSuccess: async ({ import: summary }) => {
      toast.success(t('nguongoc.channels.import.result', { file: summary.file_name }));
      await queryClient.invalidateQueries({ queryKey: pastKey });
    },
    onError: useFailureToast(),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate(file);
  };
  const summary = upload.data?.import;
  const inputId = `nguongoc-${exchange}-order-file`;

  return (
    <div className="flex flex-col gap-3 px-6 py-4" data-testid={`nguongoc-${exchange}-import`}>
      <Heading level="h2">{t('nguongoc.channels.import.heading')}</Heading>
      <form className="flex flex-wrap items-end gap-3" onSubmit={submit}>
        <div>
          <Label htmlFor={inputId}>{t('nguongoc.channels.import.file')}</Label>
          <input
            id={inputId}
            type="file"
            accept=".xlsx,.csv"
            required
            className="txt-compact-small block"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <Button type="submit" size="small" isLoading={upload.isPending} disabled={!file}>
          {t('nguongoc.channels.import.upload')}
        </Button>
      </form>
      {summary && <ImportResult summary={summary} />}
      <Text size="small" weight="plus">
        {t('nguongoc.channels.import.past')}
      </Text>
      {past.data?.imports.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t('nguongoc.channels.import.none')}
        </Text>
      )}
      {past.data && past.data.imports.length > 0 && (
        <Table data-testid={`nguongoc-${exchange}-imports`}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t('nguongoc.channels.import.when')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.import.fileName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.import.rowsKept')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.import.created')}</Table.HeaderCell>
              <Table.HeaderCell>{t('nguongoc.channels.import.problems')}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {past.data.imports.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{formatDateTime(row.created_at, language)}</Table.Cell>
                <Table.Cell>{row.file_name}</Table.Cell>
                <Table.Cell>
                  {row.rows_kept} / {row.rows_read}
                </Table.Cell>
                <Table.Cell>{row.lines_created}</Table.Cell>
                <Table.Cell>{row.problems.length}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </div>
  );
}

/** One import's counts, then its refused rows and its warnings. */
function ImportResult({ summary }: { summary: OrderImportSummary }) {
  const { t } = useTranslation();
  const errors = summary.problems.filter((problem) => problem.severity === 'error');
  const warnings = summary.problems.filter((problem) => problem.severity !== 'error');
  return (
    <div className="flex flex-col gap-2" data-testid="nguongoc-import-result">
      <Text size="small" weight="plus">
        {t('nguongoc.channels.import.result', { file: summary.file_name })}
      </Text>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 md:grid-cols-5">
        {COUNTS.map(([field, label]) => (
          <div key={field} data-testid={`nguongoc-import-${field}`}>
            <dt className="txt-compact-xsmall text-ui-fg-subtle">
              {t(`nguongoc.channels.import.${label}`)}
            </dt>
            <dd className="txt-compact-medium-plus">{summary[field]}</dd>
          </div>
        ))}
      </dl>
      <ProblemTable label="refused" problems={errors} />
      <ProblemTable label="warnings" problems={warnings} />
    </div>
  );
}

/** Problems of one severity: the row and column of the file, and why. */
function ProblemTable({
  label,
  problems,
}: {
  label: 'refused' | 'warnings';
  problems: ImportProblem[];
}) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <div>
      <Text size="small" weight="plus">
        {t(`nguongoc.channels.import.${label}`)} ({problems.length})
      </Text>
      <Table data-testid={`nguongoc-import-${label}`}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t('nguongoc.channels.import.row')}</Table.HeaderCell>
            <Table.HeaderCell>{t('nguongoc.channels.import.column')}</Table.HeaderCell>
            <Table.HeaderCell>{t('nguongoc.channels.import.reason')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {problems.map((problem, index) => (
            <Table.Row key={index}>
              <Table.Cell>{problem.row}</Table.Cell>
              <Table.Cell>{problem.column}</Table.Cell>
              <Table.Cell className="whitespace-normal">{findingText(problem.message)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
