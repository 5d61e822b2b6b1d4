/** 关闭批次: after a confirmation naming how many units have submitted; the figures are then final. */
import { App, Button } from 'antd';
import { messageOf } from '../../api/client';
import { useCloseRound, type MonitoringRoundJson } from '../../api/monitoring';

export function CloseRoundButton({ round, label = '关闭' }: { round: MonitoringRoundJson; label?: string }) {
  const close = useCloseRound();
  const { message, modal } = App.useApp();
  const ask = () =>
    modal.confirm({
      title: `关闭“${round.title}”`,
      content: `已提交 ${round.submittedCount} / ${round.unitCount} 个单位。关闭后各单位不能再填报或修改，数据即为最终值。确定关闭吗？`,
      okText: '关闭批次',
      okButtonProps: { danger: true },
      onOk: () => close.mutate({ id: round.id, expectedVersion: round.version }, { onSuccess: () => void message.success('已关闭。'), onError: (error) => void modal.error({ title: '没有关闭', content: messageOf(error) }) }),
    });
  return <Button size="small" danger loading={close.isPending} onClick={ask}>{label}</Button>;
}
