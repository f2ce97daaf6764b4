import { useQuery } from '@tanstack/react-query';
import { Bar, Column, Line } from '@ant-design/plots';
import Card from 'antd/es/card';
import Col from 'antd/es/col';
import DatePicker from 'antd/es/date-picker';
import Result from 'antd/es/result';
import Row from 'antd/es/row';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { reportsApi, type ReportFilter, type ReportName } from './api';
import type { CasesPerDayRow, CycleTimeRow, DecisionRow, IncidentsRow, OpenTasksRow, OverdueTasksRow } from './api';
import { ReportCard } from './ReportCard';
import * as shape from './shape';
import './ReportsPage.css';
import { isChinese } from '../../i18n/language';

const services = ['NewEnrollment', 'Resumption', 'Suspension'];

function useReport<Row>(name: ReportName, filter: ReportFilter) {
  return useQuery({ queryKey: ['reports', name, filter], queryFn: () => reportsApi.get<Row>(name, filter) });
}

/** 统计: the reports for administrators and supervisors, each chart with its CSV. */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const zh = isChinese(i18n.language);
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [service, setService] = useState<string | undefined>();
  const [region, setRegion] = useState<string | undefined>();
  const filter: ReportFilter = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), service, region };
  const regions = useQuery({ queryKey: ['ref', 'regions'], queryFn: api.regions, staleTime: Infinity });
  const regionName = (code: string) => {
    const found = regions.data?.find((r) => r.code === code);
    return found ? (zh ? found.nameZh : found.nameEn) : code || t('reports.unknown');
  };
  const names: shape.Names = { t, region: regionName, zh };

  const cases = useReport<CasesPerDayRow>('cases-per-day', filter);
  const decisions = useReport<DecisionRow>('decisions', filter);
  const cycle = useReport<CycleTimeRow>('cycle-times', filter);
  const open = useReport<OpenTasksRow>('open-tasks', filter);
  const overdue = useReport<OverdueTasksRow>('overdue-tasks', filter);
  const incidents = useReport<IncidentsRow>('incidents-per-day', filter);

  const points = useMemo(
    () => ({
      cases: shape.casesPerDay(cases.data?.rows ?? [], names),
      decisions: shape.decisions(decisions.data?.rows ?? [], names),
      cycle: shape.cycleTimes(cycle.data?.rows ?? [], names),
      open: shape.openTasks(open.data?.rows ?? [], names),
      overdue: shape.overdueTasks(overdue.data?.rows ?? [], names),
      incidents: shape.incidents(incidents.data?.rows ?? [], names),
    }),
    // names changes with the language and the region list
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [cases.data, decisions.data, cycle.data, open.data, overdue.data, incidents.data, i18n.language, regions.data],
  );

  if (cases.error instanceof ApiError && cases.error.status === 403) {
    return <Result status="403" title={t('reports.forbidden')} data-testid="reports-forbidden" />;
  }

  const state = (query: { isLoading: boolean; error: unknown }, data: shape.Point[]) => ({
    loading: query.isLoading,
    failed: !!query.error,
    empty: !shape.hasData(data),
  });
  // No entry animation: the figures should be readable at once (and a screenshot shows them).
  const common = { autoFit: true, height: 280, xField: 'x', yField: 'y', colorField: 'series', animate: false } as const;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="reports-page">
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('reports.title')}
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            onChange={(value) => value?.[0] && value[1] && setRange([value[0], value[1]])}
            data-testid="reports-range"
          />
          <Select
            allowClear
            placeholder={t('reports.allServices')}
            style={{ width: 220 }}
            value={service}
            onChange={setService}
            options={services.map((s) => ({ value: s, label: shape.serviceName(names, s) }))}
            data-testid="reports-service"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('reports.allRegions')}
            style={{ width: 220 }}
            value={region}
            onChange={setRegion}
            options={(regions.data ?? []).map((r) => ({ value: r.code, label: zh ? r.nameZh : r.nameEn }))}
            data-testid="reports-region"
          />
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <ReportCard name="cases-per-day" title={t('reports.cases.title')} filter={filter} {...state(cases, points.cases)}>
            <Line {...common} data={points.cases} point={{ size: 3 }} />
          </ReportCard>
        </Col>
        <Col xs={24} xl={8}>
          <ReportCard name="decisions" title={t('reports.decisions.title')} filter={filter} {...state(decisions, points.decisions)}>
            <Column {...common} data={points.decisions} stack label={{ text: 'y', position: 'inside' }} />
          </ReportCard>
        </Col>
        <Col xs={24} xl={12}>
          <ReportCard name="cycle-times" title={t('reports.cycle.title')} note={t('reports.cycle.note')} filter={filter} {...state(cycle, points.cycle)}>
            <Column {...common} data={points.cycle} group label={{ text: 'y', position: 'top' }} />
          </ReportCard>
        </Col>
        <Col xs={24} xl={12}>
          <ReportCard name="open-tasks" title={t('reports.open.title')} note={t('reports.snapshot')} filter={filter} {...state(open, points.open)}>
            <Bar {...common} data={points.open} stack />
          </ReportCard>
        </Col>
        <Col xs={24} xl={12}>
          <ReportCard name="overdue-tasks" title={t('reports.overdue.title')} note={t('reports.snapshot')} filter={filter} {...state(overdue, points.overdue)}>
            <Bar {...common} data={points.overdue} stack />
          </ReportCard>
        </Col>
        <Col xs={24} xl={12}>
          <ReportCard name="incidents-per-day" title={t('reports.incidents.title')} filter={filter} {...state(incidents, points.incidents)}>
            <Column {...common} data={points.incidents} stack />
          </ReportCard>
        </Col>
      </Row>
    </Space>
  );
}
